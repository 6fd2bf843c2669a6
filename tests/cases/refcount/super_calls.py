# Refcounts of super() objects and of the instance and class they bind.
import sys
rc = sys.getrefcount
class A:
    def m(self):
        return rc(self)
class B(A):
    def m(self):
        s = super()
        return rc(self), rc(s), super().m()
    def n(self):
        return rc(__class__)
b = B()
print(rc(b), b.m())
print(rc(b))
base = rc(B)
print(b.n() - base)
s = super(B, b)
print(rc(b), rc(B) - base)
del s
print(rc(b), rc(B) - base)
print(rc(B.m.__closure__[0]))
