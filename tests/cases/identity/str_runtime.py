# Strings built at run time are new objects and are not interned, even when identifier-like.
import sys
a = 'hello'
p = 'hel'; q = 'lo'
print(p + q is a, (p + q) == a, ''.join([p, q]) is a, '%s%s' % (p, q) is a, f'{p}{q}' is a)
print(a[:] is a, a[0:] is a, a[0:5] is a, a[:5] is a, a[::1] is a, a[0:5:1] is a, a[:4] is a[:4])
print(a.lower() is a, a.upper() is a.upper(), a.strip() is a, a.replace('z', 'y') is a, a.replace('l', 'l') is a)
print(a.lstrip() is a, a.rstrip('x') is a, a.center(5) is a, a.ljust(3) is a, a.rjust(5) is a, a.zfill(2) is a)
print(a.expandtabs() is a, a.title() is a, a.capitalize() is a, a.swapcase() is a, a.casefold() is a)
print(a * 1 is a, a + '' is a, '' + a is a, str(a) is a, a.__str__() is a, ''.join([a]) is a, ''.join((a,)) is a)
print(a.partition('z')[0] is a, a.split()[0] is a, a.rsplit('z')[0] is a, a.splitlines()[0] is a)
print(a.removeprefix('x') is a, a.removesuffix('x') is a, a.removeprefix('h') is a, a.format() is a)
print(a.translate({}) is a, a.encode().decode() is a, str(a.encode(), 'utf-8') is a)
b = p + q
print(sys.intern(b) is a, b is a)
x = 'hello world'
print(x.replace('z', 'y') is x, x[:] is x, x.strip() is x, x.split()[0] is 'hello', x.split()[1] is 'world')
import string
print(string.ascii_lowercase[:3] is 'abc', (' ' + a).strip() is a, (' ' + a).strip() == a)
n = 12
print(str(n) is '12', repr(n) is '12', str(n) == '12')
print('-'.join(['a']) is 'a', '-'.join(['ab']) is 'ab', '-'.join(['ab', 'c']) is 'ab-c')
class S(str): pass
s = S('hello')
print(str(s) is s, type(str(s)).__name__, s[:] is s, type(s[:]).__name__, s.lower() is s, type(s.strip()).__name__)
