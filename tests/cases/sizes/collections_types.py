# Sizes of collections types: deque (64-item blocks), defaultdict, Counter, namedtuple,
# ChainMap and UserDict wrappers.
import sys
from collections import deque, defaultdict, Counter, namedtuple, ChainMap

d = deque()
last = sys.getsizeof(d)
print('deque', last, d.__sizeof__())
for i in range(300):
    d.append(i)
    s = sys.getsizeof(d)
    if s != last:
        print('append', len(d), s)
        last = s
for i in range(300):
    d.popleft()
    s = sys.getsizeof(d)
    if s != last:
        print('popleft', len(d), s)
        last = s
print('maxlen', sys.getsizeof(deque(maxlen=3)), sys.getsizeof(deque(range(100), maxlen=10)))
e = deque()
for i in range(100):
    e.appendleft(i)
print('appendleft', sys.getsizeof(e))
dd = defaultdict(list)
print('defaultdict', sys.getsizeof(dd), dd.__sizeof__())
for i in range(10):
    dd[i]
print('defaultdict 10', sys.getsizeof(dd))
c = Counter('abracadabra')
print('Counter', sys.getsizeof(Counter()), sys.getsizeof(c))
P = namedtuple('P', 'x y z')
p = P(1, 2, 3)
print('namedtuple', sys.getsizeof(p), p.__sizeof__(), sys.getsizeof(p._replace(x=5)), sys.getsizeof(p._asdict()))
print('ChainMap', sys.getsizeof(ChainMap()) > 0)
