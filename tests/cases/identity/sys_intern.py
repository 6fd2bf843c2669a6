# sys.intern: returns the interned object for equal strings; only exact str is accepted.
import sys
a = ''.join(['run', 'time', ' value'])
b = ''.join(['run', 'time', ' value'])
print(a is b, a == b)
ia = sys.intern(a)
ib = sys.intern(b)
print(ia is a, ib is a, ib is b, sys.intern(ia) is ia)
c = 'pre existing const'
d = ''.join(['pre existing', ' const'])
print(sys.intern(d) is c, sys.intern(d) is d)
e = 'identifier_like'
f = ''.join(['identifier', '_like'])
print(sys.intern(f) is e, sys.intern(f) is f)
print(sys.getrefcount(ia) > 1000000, sys.getrefcount(c) < 100)
class S(str): pass
try:
    sys.intern(S('x'))
except TypeError as ex:
    print('TypeError', ex)
for bad in (1, b'x', None):
    try:
        sys.intern(bad)
    except TypeError as ex:
        print('TypeError', ex)
try:
    sys.intern()
except TypeError as ex:
    print('TypeError', ex)
try:
    sys.intern('a', 'b')
except TypeError as ex:
    print('TypeError', ex)
try:
    sys.intern(s='a')
except TypeError as ex:
    print('TypeError', ex)
g = ''.join(['é', 'ü', ' unicode'])
print(sys.intern(g) is g, sys.intern(''.join(['é', 'ü', ' unicode'])) is g)
h = str(12345)
print(sys.intern(h) is h, sys.intern(str(12345)) is h)
print(sys.intern('') is '', sys.intern(chr(5)) is chr(5), sys.intern('x' * 10000) is sys.intern('x' * 10000))
n = 'new' + str(len(a))
m = sys.intern(n)
print(m is n, getattr(type('K', (), {n: 1}), m))
print(sys.intern('interned_name') is 'interned_name')
k = ''.join(['main', '_'])
print(sys.intern(k) is '__main__'[2:], sys.intern('__' + 'main__') is __name__)
