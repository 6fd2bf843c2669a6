# Bound methods are new objects on each access; functions, class attributes and builtins keep their identity.
class A:
    cls_attr = [1, 2]
    def m(self): pass
    @classmethod
    def c(cls): pass
    @staticmethod
    def s(): pass
    @property
    def p(self): return self.cls_attr
a = A()
print(a.m is a.m, a.m == a.m, a.m.__func__ is A.m, a.m.__self__ is a, A.m is A.m, A.__dict__['m'] is A.m)
print(A.c is A.c, A.c == A.c, A.c.__func__ is A.__dict__['c'].__func__, A.s is A.s, a.s is A.s, A.s is A.__dict__['s'].__func__)
print(a.cls_attr is A.cls_attr, a.p is A.cls_attr, A.p is A.__dict__['p'], a.c == A.c, a.c is A.c)
print(id(a.m) == id(a.m), hash(a.m) == hash(a.m), a.m != A().m, a.m.__eq__(a.m))
b = A()
print(a.m == b.m, a.m.__func__ is b.m.__func__)
m1 = a.m
m2 = a.m
print(m1 is m2, m1 == m2, m1.__func__ is m2.__func__)
print([].append is [].append, len is len, print is print, abs is __builtins__.abs)
L = [1]
print(L.append is L.append, L.append == L.append, L.append.__self__ is L, id(L.append) == id(L.append))
print((1).__add__ is (1).__add__, (1).__add__ == (1).__add__, int.__add__ is int.__add__, int.__dict__['__add__'] is int.__add__)
print(str.upper is str.upper, 'a'.upper == 'a'.upper, 'a'.upper is 'a'.upper, object.__init__ is object.__init__)
import builtins, sys, math
print(builtins.len is len, sys.getrefcount is sys.getrefcount, math.sqrt is math.sqrt, id(len) == id(builtins.len))
print(A.__dict__ is A.__dict__, A.__dict__ == A.__dict__, A.__mro__ is A.__mro__, A.__bases__ is A.__bases__, A.__name__ is A.__name__)
print(a.__class__ is A, type(a) is A, a.__dict__ is a.__dict__, vars(a) is a.__dict__)
def f(): pass
print(f.__code__ is f.__code__, f.__globals__ is globals(), f.__name__ is 'f', f.__defaults__ is None, f.__dict__ is f.__dict__)
print(a.__init__ is a.__init__, a.__init__ == a.__init__, a.__eq__ == a.__eq__, a.__eq__ is a.__eq__)
class B(A): pass
print(B.m is A.m, B.cls_attr is A.cls_attr, B().m == B().m, B.c == A.c, B.c.__func__ is A.c.__func__)
print(super(B, B()).m == B().m)
