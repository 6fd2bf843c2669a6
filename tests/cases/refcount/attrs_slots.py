# Refcounts of objects held in __slots__ and of slot descriptors.
import sys
rc = sys.getrefcount
class S:
    __slots__ = ('a', 'b')
o = object()
s = S()
s.a = o
print(rc(o), rc(s))
s.b = o
print(rc(o))
s.a = None
print(rc(o))
del s.b
print(rc(o))
print(rc(S.a), rc(S.__dict__['b']))
t = S()
t.a = o
u = S()
u.a = o
print(rc(o))
del t
print(rc(o))
class W:
    __slots__ = ('x', '__weakref__')
w = W()
w.x = o
print(rc(o), rc(w))
class Sub(S):
    pass
sub = Sub()
sub.a = o
sub.extra = o
print(rc(o), rc(sub))
