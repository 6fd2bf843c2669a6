# copy.copy / copy.deepcopy of the same kinds of objects, and pickletools.dis of a few pickles.
import copy, collections, datetime, enum, io, pickle, pickletools


class Node:
    def __init__(self, v):
        self.v = v
        self.children = []


class Slots:
    __slots__ = ('a', 'b')


class Custom:
    def __init__(self):
        self.log = []

    def __copy__(self):
        c = Custom()
        c.log = self.log + ['copied']
        return c

    def __deepcopy__(self, memo):
        c = Custom()
        c.log = copy.deepcopy(self.log, memo) + ['deep']
        return c


class Color(enum.Enum):
    RED = 1


root = Node(1)
root.children.append(Node(2))
root.children.append(root)
s = Slots()
s.a = [1]
values = [
    1, 2**80, 1.5, 'text', b'bytes', bytearray(b'ba'), None, (1, [2]), [1, [2, [3]]], {'k': [1]}, {1, 2}, frozenset({3}),
    collections.OrderedDict(a=1), collections.defaultdict(int, a=1), collections.deque([1, [2]], maxlen=4),
    collections.namedtuple('P', 'x y')(1, [2]), datetime.date(2020, 1, 2), Color.RED, len, Node, range(3), slice(1, 2),
    io.BytesIO(b'abc'), io.StringIO('xyz'), iter([1, 2, 3]), ValueError('v', [1]), 1j, type(None), ...,
]
for v in values:
    c = copy.copy(v)
    d = copy.deepcopy(v)
    inner = v[1] if isinstance(v, tuple) and len(v) > 1 else None
    print(type(v).__name__, c is v, d is v, type(c) is type(v), type(d) is type(v),
          (inner is not None and d[1] is inner))
for bio in (copy.copy(io.BytesIO(b'abc')), copy.deepcopy(io.StringIO('xyz'))):
    print(bio.getvalue(), bio.tell())

d = copy.deepcopy(root)
print(d.v, d.children[0].v, d.children[1] is d, d is not root)
c = copy.copy(root)
print(c.children is root.children)
s2 = copy.deepcopy(s)
print(s2.a, s2.a is s.a, hasattr(s2, 'b'))
x = Custom()
x.log.append('start')
print(copy.copy(x).log, copy.deepcopy(x).log)
shared = [1]
pair = [shared, shared]
dp = copy.deepcopy(pair)
print(dp[0] is dp[1], dp[0] is shared)
rec = [1]
rec.append(rec)
dr = copy.deepcopy(rec)
print(dr[1] is dr, dr is not rec)
e = copy.deepcopy(OSError(2, 'gone', 'f'))
print(type(e).__name__, e.errno, e.filename)
print(copy.copy(ValueError('a')).args)

for obj, proto in [([1, 'two', (3.0, None)], 0), ({'a': [1, 2], 'b': b'x'}, 2), (Node(5), 2), (Node(5), 4), ((1, 2, 3, 4), 5),
                   ([2**70, -1, True, frozenset()], 4)]:
    out = io.StringIO()
    pickletools.dis(pickle.dumps(obj, proto), out)
    print(out.getvalue())
out = io.StringIO()
pickletools.dis(pickletools.optimize(pickle.dumps([[1], [1]], 2)), out, annotate=10)
print(out.getvalue())
print([(op.name, arg, pos) for op, arg, pos in pickletools.genops(pickle.dumps((1, 'a'), 1))])
