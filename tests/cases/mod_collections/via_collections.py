import collections
from collections import deque, defaultdict, namedtuple, Counter, OrderedDict, ChainMap
import collections.abc as cabc

P = namedtuple('P', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], P.x.__doc__, type(P.x).__name__, p._replace(x=5), p._asdict(), P._fields, P._make([3, 4]))
try:
    p.x = 3
except AttributeError as e:
    print(e)
try:
    P(1)
except TypeError as e:
    print(e)
Q = namedtuple('Q', ['a', 'b'], defaults=[0])
print(Q(1), Q._field_defaults, namedtuple('R', 'a def', rename=True)._fields)
print(isinstance(deque(), cabc.MutableSequence), issubclass(deque, cabc.Sequence), isinstance(defaultdict(), cabc.MutableMapping))
c = Counter('abracadabra')
print(c, c.most_common(2), c['z'], sorted(c.elements())[:4], c.total())
c.update('aaz')
c.subtract({'a': 10})
print(c, +c, -c, c + Counter('b'), c - Counter('b'), c & Counter('ab'), c | Counter('zz'))
d = defaultdict(list)
for k, v in [('a', 1), ('b', 2), ('a', 3)]:
    d[k].append(v)
print(d, dict(d), sorted(d.items()))
od = OrderedDict(a=1, b=2)
od.move_to_end('a')
print(od, list(od), od.popitem(last=False))
cm = ChainMap({'a': 1}, {'a': 2, 'b': 3})
print(cm['a'], cm['b'], len(cm), cm.new_child({'c': 4}))
dq = deque(range(5), maxlen=3)
print(dq, collections.deque is deque)
import copy
print(copy.copy(dq), copy.deepcopy(deque([[1], [2]])), copy.deepcopy(defaultdict(int, a=1)), copy.copy(p))
