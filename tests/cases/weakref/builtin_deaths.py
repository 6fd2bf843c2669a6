# Callbacks for builtin objects that die: sets, frozensets, functions, generators, modules, code.
import weakref
import types


def cb(tag):
    return lambda r: print('callback', tag)


s = {1, 2}
r1 = weakref.ref(s, cb('set'))
del s
fs = frozenset([3])
r2 = weakref.ref(fs, cb('frozenset'))
del fs


def f():
    pass


r3 = weakref.ref(f, cb('function'))
del f


def gen():
    yield 1


g = gen()
r4 = weakref.ref(g, cb('generator'))
del g
m = types.ModuleType('tmp')
r5 = weakref.ref(m, cb('module'))
del m
code = compile('1', 'x', 'eval')
r6 = weakref.ref(code, cb('code'))
del code
e = ValueError()
r7 = weakref.ref(e, cb('exception'))
del e
b = bytearray() if False else None
ns = types.SimpleNamespace() if False else None
it = iter([1])
try:
    r8 = weakref.ref(it, cb('iterator'))
except TypeError as ex:
    print('TypeError:', ex)
print([r() for r in (r1, r2, r3, r4, r5, r6, r7)])
print('end')
