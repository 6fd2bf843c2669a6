# A class holds its base (tp_base) as well as its __bases__ and __mro__; a failed class
# statement leaves nothing behind; sys.intern of an equal str already interned drops its
# argument's extra reference; TextIOWrapper keeps a reference to the raw file of its buffer.
import sys
rc = sys.getrefcount
class A: pass
print(rc(A))
class B(A): pass
print(rc(A), rc(B))
class C(B): pass
print(rc(A), rc(B), rc(C))
class D(A, B.__class__.__class__ and object): pass
print(rc(A))
class X: pass
class Y(X): pass
before = rc(X), rc(Y)
for _ in range(3):
    try:
        class Bad(X, Y): pass
    except TypeError as e:
        print(e)
print(before == (rc(X), rc(Y)))
s = ''.join(['na', 'me'])
name = 1
t = sys.intern(s)
print(rc(s), t is s)
u = ''.join(['zq', 'zq'])
v = sys.intern(u)
print(rc(u) == rc(v), u is v)
import io
r = io.FileIO(__file__)
b = io.BufferedReader(r)
print(rc(r))
w = io.TextIOWrapper(b)
print(rc(r))
w.detach()
print(rc(r))
del w
print(rc(r))
