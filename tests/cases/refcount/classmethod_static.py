# Refcounts of classmethod/staticmethod objects, their functions and the binding result.
import sys
rc = sys.getrefcount
class C:
    @classmethod
    def cm(cls):
        return rc(cls)
    @staticmethod
    def sm(x):
        return rc(x)
base = rc(C)
print(C.cm() - base, C().cm() - base)
o = object()
print(C.sm(o), C().sm(o))
cmobj = C.__dict__['cm']
smobj = C.__dict__['sm']
print(rc(cmobj), rc(smobj), type(cmobj).__name__, type(smobj).__name__)
print(rc(cmobj.__func__), rc(smobj.__func__))
bound = C.cm
print(rc(C) - base, rc(bound))
del bound
print(rc(C) - base)
print(C.sm is C.__dict__['sm'].__func__, rc(C.sm))
def plain(x):
    return x
sm2 = staticmethod(plain)
print(rc(plain))
cm2 = classmethod(plain)
print(rc(plain))
del sm2, cm2
print(rc(plain))
