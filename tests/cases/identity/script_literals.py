# `is` between literals, computed values, interned strings, singletons and fresh objects in a script.
a = [1, 2, 3]
b = a
print(a is b, id(a) == id(b))
c = a[:]
print(c is a, c == a)
print(id([]) == id([]), id({}) == id({}), id(object()) == id(object()))
x = 1000; y = 1000
print(x is y)
def f():
    p = 1000
    q = 1000
    return p is q
print(f())
print(int('1000') is int('1000'), int('100') is int('100'))
s1 = 'hello'; s2 = 'hel' + 'lo'; print(s1 is s2)
s3 = ''.join(['hel', 'lo']); print(s1 is s3, s1 == s3)
import sys
s4 = sys.intern(s3); print(s4 is s1)
t1 = (1, 2); t2 = (1, 2); print(t1 is t2)
print(() is (), tuple() is (), '' is str(), b'' is bytes())
e1 = 'a'; e2 = chr(97); print(e1 is e2)
n = None; print(n is None, type(None)() is None)
f1 = 1.5; f2 = 1.5; print(f1 is f2)
print(id(1) == id(1), 257 is 257)
lst = [1000, 1000]; print(lst[0] is lst[1])
print(float('nan') is float('nan'))
w = 'hello world'; v = 'hello world'; print(w is v)
k = 'a' * 20; j = 'a' * 20; print(k is j)
m = 'a' * 5000; o = 'a' * 5000; print(m is o)
class A: pass
print(A() is A(), id(A()) == id(A()))
big = 2 ** 100; big2 = 2 ** 100; print(big is big2)
r = range(5); print(r is range(5))
