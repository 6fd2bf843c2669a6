import _weakref
class A:
    def m(self): pass
def g(): yield 1
s = {1}; fs = frozenset(); a = A(); bm = a.m; gen = g(); code = g.__code__
for o in (s, fs, bm, len, gen, code, memoryview(b'x'), list[int], A, _weakref):
    r = _weakref.ref(o)
    print(type(o).__name__, r() is o, _weakref.getweakrefcount(o))
print(a.__weakref__)
r = _weakref.ref(a)
print(a.__weakref__ is r)
class S(set): pass
print(S.__weakrefoffset__, '__weakref__' in S.__dict__, '__weakref__' in A.__dict__)
x = S(); rr = _weakref.ref(x, lambda r: print('S dead')); del x
del s
