# A non-ASCII str keeps its UTF-8 form once asked for it (encode('utf-8') of a built str,
# sys.intern, ...): the cache counts in its size. ASCII strs never need one.
import sys

def fresh(ch, n):
    return ''.join([ch] * n)

for ch in ['a', '\xe9', '\u20ac', '\U0001f600']:
    s = fresh(ch, 10)
    before = sys.getsizeof(s)
    s.encode('utf-8')
    after = sys.getsizeof(s)
    s.encode('utf-8')
    print(ascii(ch), before, after, sys.getsizeof(s))
s = fresh('\xe9', 5)
s.encode('latin-1')
print(sys.getsizeof(s))
s.encode('utf-16')
print(sys.getsizeof(s))
t = fresh('\u20ac', 3)
t.encode()
print(sys.getsizeof(t))
u = fresh('\u20ac', 4)
print(sys.getsizeof(u))
u.encode('utf8')
print(sys.getsizeof(u))
v = fresh('\xe9', 6)
print(sys.getsizeof(v), len(v.encode('utf-8', 'strict')), sys.getsizeof(v))
w = fresh('\U0001f600', 2)
bytes(w, 'utf-8')
print(sys.getsizeof(w))
