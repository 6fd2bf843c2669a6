# get_leaking_objects on controlled sets: an object is a leak candidate when no tracked
# object refers to it. Referents come from instance attributes (inline values or a
# materialised __dict__), containers, closures; the objects= list itself does not count.
import gc
import objgraph
from _objgraph_util import names


class Thing:
    pass


class Slotted:
    __slots__ = ('ref',)


def local_objects():
    a = Thing()
    b = Thing()
    a.ref = b
    c = [b]
    d = {'k': c}
    e = Slotted()
    e.ref = d
    f = (e,)
    print(names(objgraph.get_leaking_objects([a, b, c, d, e, f])))
    g = Thing()
    g.__dict__['x'] = a            # a materialised __dict__
    print(names(objgraph.get_leaking_objects([g, a])))
    print(names(objgraph.get_leaking_objects([g.__dict__])))


local_objects()
print(objgraph.get_leaking_objects([]))
holder = [Thing(), Thing()]
print(names(objgraph.get_leaking_objects(holder)))         # referenced by holder
print(names(objgraph.get_leaking_objects([holder])))       # referenced by __main__'s globals
def make_cell():
    x = Thing()
    return lambda: x
fn = make_cell()
print(names(objgraph.get_leaking_objects([fn.__closure__[0], fn.__closure__, fn.__closure__[0].cell_contents])))
gc.collect()
leaks = objgraph.get_leaking_objects()
print(type(leaks).__name__, any(x is holder for x in leaks), any(x is fn for x in leaks))
