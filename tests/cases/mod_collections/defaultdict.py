from _collections import defaultdict

def check(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

d = defaultdict(list)
d['a'].append(1)
d['b']
print(d, len(d), d['a'], 'c' in d, d.get('c'), d.default_factory)
print(defaultdict(), defaultdict(None), defaultdict(int, a=1), defaultdict(int, [('x', 2)], y=3), defaultdict(None, {1: 2}))
e = defaultdict()
check(e.__getitem__, 'k')
check(lambda: e['k'])
check(lambda: defaultdict(None)[(1, 2)])
check(defaultdict, 1)
check(defaultdict, 'abc')
check(defaultdict, int, 1, 2)
check(defaultdict, int, 1)
d = defaultdict(int)
d['x'] += 5
print(d, d.__missing__('y'), d)
c = d.copy()
print(type(c).__name__, c, c is d, c.default_factory)
print(d.__copy__() == d, d == {'x': 5, 'y': 0}, isinstance(d, dict))
d.default_factory = str
print(d['z'], d)
d.default_factory = None
check(lambda: d['w'])
del d.default_factory
print(d.default_factory)
print(defaultdict(int, a=1) | {'b': 2}, {'b': 2} | defaultdict(int, a=1), type({'b': 2} | defaultdict(int, a=1)).__name__)
check(lambda: defaultdict(int) | 1)
x = defaultdict(int, a=1)
x |= {'c': 3}
print(x)
def f():
    return 0
print(repr(defaultdict(f))[:28])
class Sub(defaultdict):
    pass
s = Sub(list)
s[1].append(2)
print(s, type(s.copy()).__name__, s.copy())
dd = defaultdict()
dd.default_factory = dd.__getitem__ if False else None
rec = defaultdict(list)
rec['self'] = rec
print(rec)
print(defaultdict.__module__, defaultdict.__name__, defaultdict[int], defaultdict.__doc__.splitlines()[0])
print(d.__reduce__()[0] is defaultdict, d.__reduce__()[1], list(defaultdict(int, a=1).__reduce__()[4]), defaultdict(int).__reduce__()[1:4])
class M(defaultdict):
    def __missing__(self, key):
        return 'M'
print(M(int)['q'])
