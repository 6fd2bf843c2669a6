# Refcounts of objects held by collections.deque: append, appendleft, pop, rotate, maxlen eviction.
import sys
from collections import deque
rc = sys.getrefcount
o = object()
p = object()
d = deque()
d.append(o)
print(rc(o))
d.appendleft(o)
print(rc(o))
d.extend([p, p])
print(rc(p))
d.rotate(1)
print(rc(o), rc(p))
x = d.pop()
print(rc(o), rc(p))
del x
y = d.popleft()
print(rc(o), rc(p))
del y
b = deque([o] * 3, maxlen=3)
print(rc(o))
b.append(p)
print(rc(o), rc(p))
c = b.copy()
print(rc(o), rc(p))
c.clear()
print(rc(o), rc(p))
print(b.count(p), rc(p))
b.remove(p)
print(rc(p))
del b[0]
print(rc(o))
print(rc(d), rc(c))
it = iter(d)
print(rc(d))
del it
print(rc(d))
