# update() and dict() with every argument form, and their errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Mapping:
    def __init__(self, d):
        self.d = d
    def keys(self):
        print('keys()')
        return list(self.d)
    def __getitem__(self, k):
        print('getitem', k)
        return self.d[k]

class KeysIter:
    def keys(self):
        return iter(['x', 'y'])
    def __getitem__(self, k):
        return k * 2

class BadKeys:
    def keys(self):
        return 5
    def __getitem__(self, k):
        return k

d = {}
d.update({'a': 1})
d.update([('b', 2), ['c', 3]])
d.update(Mapping({'m': 4}))
d.update(KeysIter())
d.update(z=26, a=0)
d.update({'q': 1}, w=2)
d.update((x for x in [('g', 7)]))
d.update('ab' for _ in range(1))
d.update(['xy'])
print(d)
t(lambda: d.update(1))
t(lambda: d.update([1]))
t(lambda: d.update([(1, 2), (1, 2, 3)]))
t(lambda: d.update([(1, 2), 'abc']))
t(lambda: d.update([(1, 2), 5]))
t(lambda: d.update({}, {}))
t(lambda: d.update(BadKeys()))
t(lambda: d.update([([], 1)]))
t(lambda: d.update({[]: 1} if False else [({}, 1)]))
print(dict(), dict({}), dict(a=1), dict({'a': 1}, b=2), dict([(1, 2)], x=3))
print(dict(Mapping({1: 2})), dict(KeysIter()), dict(zip('abc', range(3))), dict(a=1, **{'b': 2}))
print(dict(dict(a=1).items()), dict([[1, 2], (3, 4)]))
t(lambda: dict(1))
t(lambda: dict([1]))
t(lambda: dict([[1, 2, 3]]))
t(lambda: dict({}, {}))
t(lambda: dict(BadKeys()))
t(lambda: dict(None))
t(lambda: dict([(1,)]))
t(lambda: dict(['a']))
t(lambda: dict(**{1: 2}))
# __init__ on an existing dict updates it
e = {'k': 1}
e.__init__({'j': 2}, i=3)
print(e)
dict.__init__(e, [(5, 6)])
print(e)
t(lambda: e.__init__(1, 2))
print(dict.__new__(dict), dict.__new__(dict, 1, 2, x=3))
t(lambda: dict.__new__(int))
t(lambda: dict.__new__())
# a generator failing halfway leaves what was added
f = {}
def gen():
    yield (1, 'one')
    yield (2, 'two')
    raise ValueError('stop')
t(lambda: f.update(gen()))
print(f)
# values in update follow insertion order of the source, later ones win
g = {1: 'a'}
g.update([(1, 'b'), (2, 'c'), (1, 'd')])
print(g, list(g))
# {**m} and f(**m) with non-dict mappings
print({**Mapping({'p': 1}), **KeysIter()})
def kw(**k):
    return k
print(kw(**Mapping({'r': 1})))
t(lambda: {**1})
t(lambda: kw(**1))
t(lambda: kw(**{'a': 1}, **Mapping({'a': 2})))
