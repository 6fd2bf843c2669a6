# Calls that hand back an argument, a default or a stored object itself.
import functools, operator, itertools, contextlib, copy, os, types, collections
o = object()
L = [o]
it = iter(L)
def gen():
    yield o
g = gen()
mv = memoryview(b'abc')
ba = bytearray(b'x')
tests = {
 'iter_it': lambda: iter(it) is it, 'iter_gen': lambda: iter(g) is g, 'gen_iter': lambda: g.__iter__() is g, 'enum_iter': lambda: (lambda e: iter(e) is e)(enumerate(L)),
 'getattr_default': lambda: getattr(o, 'nope', o) is o, 'dict_get_default': lambda: {}.get(1, o) is o, 'dict_pop_default': lambda: {}.pop(1, o) is o,
 'next_default': lambda: next(iter([]), o) is o, 'min_default': lambda: min([], default=o) is o, 'max_key': lambda: max([o], key=id) is o,
 'reduce_one': lambda: functools.reduce(operator.add, [o]) is o, 'reduce_init': lambda: functools.reduce(operator.add, [], o) is o,
 'sum_start': lambda: sum([], o) is o, 'or': lambda: (0 or o) is o, 'and': lambda: (1 and o) is o, 'nullcontext': lambda: contextlib.nullcontext(o).__enter__() is o,
 'copy_tuple': lambda: copy.copy((o,)) is copy.copy((o,)), 'deepcopy_tuple': lambda: (lambda t: copy.deepcopy(t) is t)((1, 'a', None)),
 'deepcopy_tuple_obj': lambda: (lambda t: copy.deepcopy(t) is t)((o,)), 'copy_list': lambda: copy.copy(L) is L, 'copy_frozenset': lambda: (lambda f: copy.copy(f) is f)(frozenset([1])),
 'copy_func': lambda: copy.copy(gen) is gen, 'deepcopy_func': lambda: copy.deepcopy(gen) is gen, 'copy_type': lambda: copy.copy(int) is int,
 'memview_of_memview': lambda: memoryview(mv) is mv, 'mv_obj': lambda: mv.obj is mv.obj, 'mv_tobytes': lambda: mv.tobytes() is mv.tobytes(),
 'bytearray_copy': lambda: bytearray(ba) is ba, 'itemgetter': lambda: operator.itemgetter(0)(L) is o, 'attrgetter': lambda: operator.attrgetter('real')(5000) is 5000,
 'chain': lambda: next(itertools.chain(L)) is o, 'repeat': lambda: next(itertools.repeat(o)) is o, 'tee': lambda: next(itertools.tee(L)[0]) is o,
 'fspath': lambda: os.fspath('a b c') == 'a b c', 'mappingproxy': lambda: types.MappingProxyType({}) is types.MappingProxyType({}),
 'simple_ns': lambda: types.SimpleNamespace(a=o).a is o, 'namedtuple': lambda: collections.namedtuple('P', 'x')(o).x is o,
 'deque': lambda: collections.deque([o])[0] is o, 'partial': lambda: functools.partial(lambda x: x, o)() is o, 'lru': lambda: functools.lru_cache()(lambda x: [x])(1) is functools.lru_cache()(lambda x: [x])(1),
 'str_of_str_subclass': lambda: (lambda s: str(s) is s)(type('S', (str,), {})('q')), 'int_of_int_subclass': lambda: (lambda s: int(s) is s)(type('I', (int,), {})(5000)),
 'float_of_sub': lambda: (lambda s: float(s) is s)(type('F', (float,), {})(1.5)), 'tuple_of_sub': lambda: (lambda s: tuple(s) is s)(type('T', (tuple,), {})((1,))),
 'type_call_int': lambda: (lambda n: type(n)(n) is n)(10 ** 20), 'type_call_str': lambda: (lambda s: type(s)(s) is s)('two words'), 'type_call_tuple': lambda: (lambda t: type(t)(t) is t)((1, 2)),
 'type_call_fs': lambda: (lambda t: type(t)(t) is t)(frozenset([1])), 'type_call_bytes': lambda: (lambda t: type(t)(t) is t)(b'two'), 'type_call_float': lambda: (lambda t: type(t)(t) is t)(2.5),
 'type_call_complex': lambda: (lambda t: type(t)(t) is t)(2j), 'type_call_bool': lambda: type(True)(True) is True, 'type_call_list': lambda: (lambda t: type(t)(t) is t)([1]),
 'exc_args': lambda: (lambda e: e.args is e.args)(ValueError(o)), 'exc_args0': lambda: ValueError(o).args[0] is o, 'exc_empty_args': lambda: ValueError().args is (),
 'func_defaults': lambda: (lambda x=o: x)() is o, 'kwdefaults': lambda: (lambda *, x=o: x)() is o, 'closure': lambda: (lambda: (lambda: o))()() is o,
 'slice_attrs': lambda: slice(o).stop is o, 'range_attrs': lambda: (lambda r: r.stop is r.stop)(range(10 ** 20)), 'range_start_small': lambda: range(5).start is 0,
 'cell': lambda: (lambda x: (lambda: x).__closure__[0].cell_contents is x)(o), 'property_fget': lambda: (lambda p: p.fget is p.fget)(property(len)),
 'classmethod_func': lambda: classmethod(len).__func__ is len, 'staticmethod_func': lambda: staticmethod(len).__func__ is len, 'wrapped': lambda: staticmethod(len).__wrapped__ is len,
}
for k, f in tests.items():
    print(k, f())
