# Refcounts of a class, its mappingproxy __dict__ and its instances.
import sys
rc = sys.getrefcount
class C:
    pass
base = rc(C)
print(base)
c = C()
print(rc(C) - base)
c2 = C()
print(rc(C) - base)
del c, c2
print(rc(C) - base)
class D(C):
    pass
print(rc(C) - base, rc(D))
d = D()
print(rc(C) - base, rc(D))
del d
p = C.__dict__
print(rc(p), type(p).__name__)
p2 = C.__dict__
print(p is p2, rc(p))
del D
print(rc(C) - base)
class M(type):
    pass
class X(metaclass=M):
    pass
print(rc(M), rc(X))
x = X()
print(rc(X))
print(rc(type(x)), rc(x.__class__))
