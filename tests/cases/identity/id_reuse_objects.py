# id reuse among instances, bound methods, functions, generators and iterators.
class P:
    pass
class S:
    __slots__ = ('a', 'b')
class E:
    __slots__ = ()
def reused(make1, make2):
    a = make1()
    i = id(a)
    del a
    return id(make2()) == i
print(reused(P, P), reused(S, S), reused(E, E), reused(P, S), reused(S, E), reused(E, object))
def withattr():
    p = P()
    p.x = 1
    return p
print(reused(withattr, P), reused(P, withattr))
def withdict():
    p = P()
    p.__dict__
    return p
print(reused(withdict, P), reused(withdict, dict))
class M:
    def m(self):
        pass
o = M()
print(reused(lambda: o.m, lambda: o.m), reused(lambda: o.m, lambda: [].append), reused(lambda: [].append, lambda: {}.get))
def gen():
    yield 1
print(reused(gen, gen), reused(lambda: iter([]), lambda: iter([])), reused(lambda: iter(()), lambda: iter([])))
def mkfunc():
    def inner():
        pass
    return inner
print(reused(mkfunc, mkfunc), reused(lambda: lambda: 0, lambda: lambda: 1))
print(reused(lambda: (lambda: 0).__code__, lambda: 0), reused(lambda: super(M, o), lambda: super(M, o)))
print(reused(lambda: staticmethod(abs), lambda: classmethod(abs)), reused(lambda: property(), lambda: property()))
import weakref
print(reused(lambda: weakref.ref(o), lambda: weakref.ref(o)), reused(lambda: memoryview(b'a'), lambda: memoryview(b'b')))
print(reused(lambda: Exception(), lambda: Exception()), reused(lambda: ValueError('x'), lambda: KeyError('y')))
print(reused(lambda: 1 + 2j, lambda: 3 + 4j), reused(lambda: 1.5 * len('ab'), lambda: 1j * len('abc')))
print(reused(lambda: bytearray(b'x'), lambda: bytearray(b'y')), reused(lambda: set(), lambda: frozenset((1,))))
