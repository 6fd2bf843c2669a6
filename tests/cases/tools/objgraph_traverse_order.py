# The order gc.get_referents gives (each type's tp_traverse), as show_refs draws it: dicts with
# str keys (values only) or other keys (value then key), sets, tuples, instances with inline
# attributes or a materialised __dict__, __slots__, closures and cells, bound methods,
# generators, classes and functions with defaults.
import gc
import objgraph
from _objgraph_util import names, refs


class Plain:
    def __init__(self):
        self.a = [1]
        self.b = {'x': 2}

    def meth(self):
        return self


class Slots:
    __slots__ = ('p', 'q')

    def __init__(self):
        self.p = [3]
        self.q = (4, [5])


def outer():
    captured = [6]
    other = {'k': 7}

    def inner(arg=[8], *, kw={'z': 9}):
        return captured, other
    return inner


def gen():
    local = [10]
    yield local


g = gen()
next(g)
objs = {
    'dict_str': {'a': [1], 'b': (2, [3]), 'c': {4: 5}},
    'dict_mixed': {1: [1], (2,): [2], 'three': [3]},
    'tuple': ([1], [2], ([3],)),
    'list': [[1], {2: 3}, ([4],)],
    'plain': Plain(),
    'slots': Slots(),
    'closure': outer(),
    'method': Plain().meth,
}
for name, o in objs.items():
    print(name, names(gc.get_referents(o)))
plain_with_dict = Plain()
plain_with_dict.__dict__
print('plain+dict', names(gc.get_referents(plain_with_dict)))
print('generator', names(gc.get_referents(g)))
print('class', names(gc.get_referents(Plain))[:3])
refs(objgraph.show_refs, [objs['dict_mixed'], objs['slots']], max_depth=2)
refs(objgraph.show_refs, [objs['closure']], max_depth=2,
     filter=lambda o: not isinstance(o, dict) or len(o) < 20)
