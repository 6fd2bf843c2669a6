# Refcounts around bound methods: each a.m makes a new method object holding the instance.
import sys
rc = sys.getrefcount
class A:
    def m(self):
        return rc(self)
a = A()
print(rc(a))
m1 = a.m
print(rc(a), rc(m1))
m2 = a.m
print(rc(a), m1 is m2, m1 == m2)
print(rc(a.m), rc(a))
del m1, m2
print(rc(a))
print(a.m())
print(A.m(a))
f = A.m
print(rc(f), rc(A.__dict__['m']))
meths = [a.m for _ in range(3)]
print(rc(a))
del meths
print(rc(a))
bm = a.m
print(rc(bm.__self__), rc(bm.__func__), bm.__self__ is a)
del bm
lst = []
app = lst.append
print(rc(lst), rc(app))
del app
print(rc(lst))
class B:
    def __call__(self):
        return rc(self)
b = B()
print(b(), rc(b))
