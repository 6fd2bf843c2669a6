# Refcounts of non-interned strings: concatenation, str(x), repr, slicing, join, format, methods.
import sys
rc = sys.getrefcount
a = 'hello world'
b = a + '!'
print(rc(b))
c = str(12345)
print(rc(c))
d = repr([1, 2])
print(rc(d))
e = a[1:5]
print(rc(e))
f = a[:]
print(f is a, rc(a))
g = ' '.join(['x', 'y'])
print(rc(g))
h = a.upper()
print(rc(h))
i = a.lower()
print(i is a, rc(a))
j = str(a)
print(j is a, rc(a))
k = a.strip()
print(k is a, rc(a))
l = a.replace('z', 'q')
print(l is a, rc(a))
m = '%s' % a
print(m is a, rc(a))
n = '{}'.format(a)
print(n is a, rc(a))
o = f'{a}'
print(o is a, rc(a))
p = a * 1
print(p is a, rc(a))
q = ''.join([a])
print(q is a, rc(a))
r = a + ''
s = '' + a
print(r is a, s is a, rc(a))
t = format(a)
print(t is a, rc(a))
u = a.center(5)
print(u is a, rc(a))
v = a.zfill(3)
print(v is a, rc(a))
w = a.ljust(2)
print(w is a, rc(a))
x = a.expandtabs()
print(x is a, rc(a))
y = a.partition('#')
print(y[0] is a, rc(a))
