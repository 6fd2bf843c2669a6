# Pickling standard-library objects: collections, datetime, enum, fractions, exceptions.
import pickle, collections, datetime, enum, re


def noaddr(s):
    return re.sub(r' at 0x[0-9a-f]+', '', str(s))


Pair = collections.namedtuple('Pair', 'x y')


class Color(enum.Enum):
    RED = 1
    GREEN = 'g'


class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1


class MyError(Exception):
    def __init__(self, code, msg):
        super().__init__(code, msg)
        self.code = code


# The datetime types round-trip; their pickles name the module that defines them (_datetime's
# types say datetime, _pydatetime's say _pydatetime), so the bytes are not compared.
dates = [
    datetime.date(2024, 2, 29),
    datetime.time(12, 30, 15, 500),
    datetime.datetime(2001, 2, 3, 4, 5, 6, 7),
    datetime.datetime(2001, 2, 3, tzinfo=datetime.timezone.utc),
    datetime.timedelta(days=-1, seconds=5, microseconds=3),
    datetime.timezone(datetime.timedelta(hours=5, minutes=30), 'IST'),
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for v in dates:
        back = pickle.loads(pickle.dumps(v, proto))
        print(proto, repr(back), back == v)

dd = collections.defaultdict(list)
dd['a'].append(1)
values = [
    collections.OrderedDict([('b', 1), ('a', 2)]),
    dd,
    collections.deque([1, 2, 3]),
    collections.deque([1, 2], maxlen=5),
    collections.Counter('abracadabra'),
    Pair(1, 'two'),
    collections.ChainMap({'a': 1}, {'b': 2}),
    Color.RED, Color.GREEN, Perm.R | Perm.W,
    ValueError('bad value'),
    KeyError('k'),
    OSError(2, 'No such file', 'x.txt'),
    StopIteration(5),
    MyError(3, 'custom'),
    UnicodeDecodeError('utf-8', b'\xff', 0, 1, 'invalid start byte'),
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', proto)
    for v in values:
        try:
            d = pickle.dumps(v, proto)
        except Exception as e:
            print(' ', type(v).__name__, 'dumps:', type(e).__name__, e)
            continue
        back = pickle.loads(d)
        same = back == v if not isinstance(v, BaseException) else (type(back) is type(v) and back.args == v.args)
        print(' ', type(v).__name__, noaddr(repr(back)), same, d if len(d) < 200 else len(d))
    e = pickle.loads(pickle.dumps(MyError(4, 'm'), proto))
    print('  MyError', e.code, e.args)
    e = pickle.loads(pickle.dumps(OSError(2, 'No such file', 'x.txt'), proto))
    print('  OSError', type(e).__name__, e.errno, e.strerror, e.filename)
    dd2 = pickle.loads(pickle.dumps(dd, proto))
    print('  defaultdict', dd2.default_factory, dd2['new'])
