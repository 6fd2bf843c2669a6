# Pickling instances: __dict__, __slots__, __getstate__/__setstate__, __reduce__/__reduce_ex__,
# __getnewargs__(_ex), classes and functions by reference, copyreg, shared and recursive structures.
import pickle, copyreg, re


def noaddr(s):
    return re.sub(r' at 0x[0-9a-f]+', '', str(s))


class Plain:
    def __init__(self, a, b):
        self.a = a
        self.b = b

    def __eq__(self, other):
        return type(self) is type(other) and self.__dict__ == other.__dict__

    def __repr__(self):
        return f'Plain({self.a!r}, {self.b!r})'


class Slotted:
    __slots__ = ('x', 'y')

    def __init__(self, x, y=None):
        self.x = x
        if y is not None:
            self.y = y

    def __repr__(self):
        return f'Slotted({getattr(self, "x", "-")}, {getattr(self, "y", "-")})'


class Both(Plain):
    __slots__ = ('s',)


class WithState:
    def __init__(self, v):
        self.v = v
        self.cache = 'big'

    def __getstate__(self):
        return {'v': self.v}

    def __setstate__(self, state):
        self.v = state['v']
        self.cache = 'rebuilt'


class Reduced:
    def __init__(self, *args):
        self.args = args

    def __reduce__(self):
        return (Reduced, self.args)

    def __repr__(self):
        return f'Reduced{self.args}'


class ReducedEx:
    def __reduce_ex__(self, proto):
        return (str, ('from reduce_ex %d' % proto,))


class NewArgs(int):
    def __new__(cls, v, tag):
        o = super().__new__(cls, v)
        o.tag = tag
        return o

    def __getnewargs__(self):
        return (int(self), self.tag)


class NewArgsEx:
    def __new__(cls, *args, **kwargs):
        o = super().__new__(cls)
        o.args = args
        o.kwargs = kwargs
        return o

    def __getnewargs_ex__(self):
        return self.args, self.kwargs


class ListSub(list):
    pass


class DictSub(dict):
    pass


class StateItems:
    def __reduce__(self):
        return (StateItems, (), {'s': 1}, iter([1, 2]), iter([('k', 'v')]))

    def append(self, x):
        self.__dict__.setdefault('items', []).append(x)

    def extend(self, xs):
        for x in xs:
            self.append(x)

    def __setitem__(self, k, v):
        self.__dict__[k] = v


def func(x):
    return x + 1


def show(label, obj):
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        try:
            d = pickle.dumps(obj, proto)
        except Exception as e:
            print(label, proto, 'dumps:', type(e).__name__, e)
            continue
        back = pickle.loads(d)
        print(label, proto, d)
        state = None if isinstance(back, type) else getattr(back, '__dict__', None)
        print('   ->', noaddr(repr(back)), noaddr(state), back is obj)


show('plain', Plain(1, [2, 'three']))
show('slotted', Slotted(1, 2))
show('slotted-partial', Slotted(5))
b = Both(1, 2)
b.s = 'slot'
show('both', b)
show('state', WithState(42))
show('reduced', Reduced(1, 'two'))
show('reduce_ex', ReducedEx())
show('newargs', NewArgs(7, 'seven'))
show('newargs_ex', NewArgsEx(1, 2, k=3))
ls = ListSub([1, 2])
ls.attr = 'a'
show('listsub', ls)
show('dictsub', DictSub(a=1))
show('stateitems', StateItems())
show('func', func)
show('class', Plain)
show('builtin', len)
show('types', [int, type, type(None), type(...), type(NotImplemented)])

# Shared references and cycles.
shared = [1, 2]
show('shared', [shared, shared, (shared,)])
rec = [1]
rec.append(rec)
for proto in range(6):
    back = pickle.loads(pickle.dumps(rec, proto))
    print('recursive list', proto, back[1] is back, pickle.dumps(rec, proto))
d = {'k': 1}
d['self'] = d
for proto in range(6):
    back = pickle.loads(pickle.dumps(d, proto))
    print('recursive dict', proto, back['self'] is back)
p = Plain(None, None)
p.a = p
p.b = [p]
for proto in range(6):
    back = pickle.loads(pickle.dumps(p, proto))
    print('recursive instance', proto, back.a is back, back.b[0] is back)
t = ([],)
t[0].append(t)
for proto in range(6):
    back = pickle.loads(pickle.dumps(t, proto))
    print('recursive tuple', proto, back[0][0] is back, pickle.dumps(t, proto))


# copyreg: a reducer for a class, and the extension registry.
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


def reduce_point(p):
    return (Point, (p.x, p.y))


copyreg.pickle(Point, reduce_point)
back = pickle.loads(pickle.dumps(Point(3, 4), 2))
print('copyreg', back.x, back.y, pickle.dumps(Point(3, 4), 2))
copyreg.add_extension(__name__, 'Plain', 240)
copyreg.add_extension(__name__, 'Slotted', 0x1234)
copyreg.add_extension(__name__, 'Reduced', 0x12345678)
for proto in range(6):
    print('extension', proto, pickle.dumps([Plain, Slotted, Reduced], proto))
print(pickle.loads(pickle.dumps([Plain, Slotted, Reduced], 2)))
copyreg.remove_extension(__name__, 'Plain', 240)
copyreg.remove_extension(__name__, 'Slotted', 0x1234)
copyreg.remove_extension(__name__, 'Reduced', 0x12345678)

# dispatch_table and reducer_override on a Pickler.
import io
f = io.BytesIO()
pk = pickle.Pickler(f, 2)
pk.dispatch_table = {Plain: lambda o: (Reduced, (o.a,))}
pk.dump(Plain(9, 10))
print('dispatch_table', f.getvalue(), pickle.loads(f.getvalue()))


class Override(pickle.Pickler):
    def reducer_override(self, obj):
        if obj is func:
            return (str, ('overridden',))
        return NotImplemented


f = io.BytesIO()
Override(f, 4).dump([func, 1])
print('reducer_override', f.getvalue(), pickle.loads(f.getvalue()))


# persistent_id / persistent_load.
class PP(pickle.Pickler):
    def persistent_id(self, obj):
        return 'ext:' + obj if isinstance(obj, str) and obj.startswith('@') else None


class PU(pickle.Unpickler):
    def persistent_load(self, pid):
        return ('loaded', pid)


for proto in (0, 2):
    f = io.BytesIO()
    PP(f, proto).dump(['@a', 'b'])
    print('persistent', proto, f.getvalue(), PU(io.BytesIO(f.getvalue())).load())

# pickle.PickleBuffer and out-of-band buffers come from the C _pickle module.
print(hasattr(pickle, 'PickleBuffer') in (True, False))
print(pickle.loads(pickle.dumps(bytearray(b'inband'), 5)))
