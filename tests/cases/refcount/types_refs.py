# Refcounts of classes: instances, subclasses, isinstance checks, type(), metaclass relations.
import sys
rc = sys.getrefcount
class A:
    pass
b0 = rc(A)
insts = [A() for _ in range(5)]
print(rc(A) - b0)
del insts
print(rc(A) - b0)
class B(A):
    pass
print(rc(A) - b0)
class C(A, B) if False else type('C', (B,), {}):
    pass
print(rc(A) - b0, rc(B))
isinstance(B(), A)
issubclass(B, A)
print(rc(A) - b0)
t = type(A())
print(rc(A) - b0)
del t
mro = B.__mro__
print(rc(mro), rc(A) - b0)
subs = A.__subclasses__()
print(rc(A) - b0, len(subs))
del subs
print(rc(A) - b0)
D = type('D', (), {})
print(rc(D))
E = type('E', (D,), {'x': 1})
print(rc(D), rc(E))
print(rc(object) == rc(int), rc(type))
class F(int):
    pass
print(rc(int), rc(F))
