# dict subclasses: __missing__, overridden methods, constructors, fromkeys, copy
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Counter(dict):
    def __missing__(self, key):
        print('missing', key)
        return 0

c = Counter(a=1)
print(c['a'], c['b'], c, 'b' in c, c.get('b'), type(c).__name__)
c['z'] += 5
print(c)

class Raiser(dict):
    def __missing__(self, key):
        raise LookupError('no ' + repr(key))
t(lambda: Raiser()['k'])

class Plain(dict):
    pass
p = Plain([(1, 2)], y=3)
print(p, type(p).__name__, p.__class__.__name__, isinstance(p, dict), len(p))
t(lambda: p[99])
p.attr = 'has a __dict__'
print(p.attr, p.__dict__)
print(type(p.copy()).__name__, p.copy())
print(type(Plain.fromkeys('ab')).__name__, Plain.fromkeys('ab', 0), dict.fromkeys('xy'), dict.fromkeys([]))
print(dict.fromkeys({1: 2, 3: 4}, 'v'), dict.fromkeys({5, 6}), dict.fromkeys(frozenset([7])), dict.fromkeys(range(3), []))
t(lambda: dict.fromkeys())
t(lambda: dict.fromkeys(1))
t(lambda: dict.fromkeys([[]]))
t(lambda: dict.fromkeys([1], 2, 3))
t(lambda: {}.fromkeys('q'))

class Logged(dict):
    def __setitem__(self, k, v):
        print('setitem', k, v)
        super().__setitem__(k, v * 10)
print(Logged.fromkeys([1, 2], 3))
lg = Logged()
lg.update({1: 1})
print(lg)

class NotDictFromkeys:
    pass
print(dict.fromkeys.__self__ is dict)

class Init(dict):
    def __init__(self, *args, **kw):
        print('init', args, kw)
        super().__init__(*args, **kw)
print(Init({1: 2}, k=3))

class New(dict):
    def __new__(cls, *args):
        print('new', args)
        return super().__new__(cls)
n = New([(1, 2)])
print(n)

class Keys(dict):
    def keys(self):
        print('Keys.keys')
        return ['only']
    def __getitem__(self, k):
        return 'G' + k
k = Keys(only='x', other='y')
print(dict(k), {**k}, dict({}, **{}))
z = {}
z.update(k)
print(z)

class IterOverride(dict):
    def __iter__(self):
        return iter(['a'])
io = IterOverride(a=1, b=2)
print(dict(io), io.copy(), {**io})

# or, ror, ior
a = {1: 1, 2: 2}
print(a | {2: 'two', 3: 3}, {0: 0} | a, a)
a |= [(9, 9)]
a |= {1: 'one'}
print(a)
t(lambda: a | [(1, 2)])
t(lambda: [(1, 2)] | a)
t(lambda: a.__ior__(1))
print(a.__or__(1), a.__ror__([]), a.__ror__({5: 5}))
print(type(Plain(x=1) | {}).__name__, type({} | Plain(x=1)).__name__)
pp = Plain(x=1)
pp |= {'y': 2}
print(type(pp).__name__, pp)
