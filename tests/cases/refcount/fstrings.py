# Refcounts of f-string and format() results and the values formatted into them.
import sys
rc = sys.getrefcount
s = 'some text'
o = object()
r = f'{s}'
print(r is s, rc(s))
r2 = f'{s}!'
print(rc(r2), rc(s))
r3 = f'{s!r}'
print(rc(r3))
n = 12345
r4 = f'{n}'
print(rc(r4))
r5 = f'{n:>10}'
print(rc(r5))
r6 = format(s)
print(r6 is s, rc(s))
r7 = format(n, '')
print(rc(r7))
r8 = f'{o!s:>80}'
print(rc(o), len(r8))
del r, r6
print(rc(s))
def g():
    loc = 'local text'
    return f'{loc}' is loc, rc(loc)
print(g())
