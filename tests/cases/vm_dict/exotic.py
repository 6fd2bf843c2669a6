# mutation during repr, failing __hash__ and __eq__, order after deletions, views in builtins
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

class Mut:
    def __init__(self, d):
        self.d = d
    def __repr__(self):
        self.d['added'] = 1
        return 'Mut'
d = {}
d['m'] = Mut(d)
t(lambda: repr(d))
print(d)

class BadHash:
    def __hash__(self):
        raise ValueError('bad hash')
    def __repr__(self):
        return 'BadHash()'
t(lambda: {}.get(BadHash()))
t(lambda: BadHash() in {})
t(lambda: {1: 2}.pop(BadHash()))
t(lambda: {}.pop(BadHash()))
t(lambda: {}.pop(BadHash(), 1))
t(lambda: {}.setdefault(BadHash()))
t(lambda: dict.fromkeys([BadHash()]))
t(lambda: {BadHash(): 1})

class EqRaise:
    def __hash__(self):
        return 1
    def __eq__(self, o):
        raise RuntimeError('eq')
k1 = EqRaise()
e = {k1: 1}
t(lambda: e[EqRaise()])
t(lambda: e.pop(EqRaise()))
print(e[k1], e.pop(k1), e)

s = {1: 1, 2: 2}
s.update(s)
s |= s
print(s, s == s, s | s)
d = dict.fromkeys(range(10))
for i in range(0, 10, 2):
    del d[i]
d[0] = 'z'
print(list(d), d.popitem(), d.popitem(), list(d))
print({}.keys() == set(), {}.items() == frozenset(), {1: 2}.keys() == {1: 3}.keys())
print(sorted({'b': 1, 'a': 2}), sorted({'b': 1, 'a': 2}.items()), min({3: 'x', 1: 'y'}), max({3: 1}.values()))
print(list(zip({1: 2, 3: 4}, {5: 6}.values())), list(enumerate({'a': 1}.items())), [*{1: 2}.items()], {**{1: 2}}, {*{1: 2}.keys()})
a, b = {1: 'x', 2: 'y'}.items()
print(a, b)
for k, (x, y) in {'p': (1, 2)}.items():
    print(k, x, y)
print(dict(enumerate('abc')), dict(map(lambda x: (x, x * x), range(3))), dict.fromkeys('aab'))
print({i: i * i for i in range(4)}, {k: v for k, v in zip('ab', 'cd')})
big = {str(i): i for i in range(1000)}
print(len(big), big['999'], sum(big.values()), list(big)[-3:], big.__sizeof__())
while len(big) > 5:
    big.popitem()
print(big, big.__sizeof__())
nested = {'a': {'b': {'c': [1, {'d': ()}]}}}
print(nested, nested['a']['b']['c'][1]['d'])
print(repr({1: 'a\n', 'k': "q'", None: True, (1,): 1.5, 2.0: -0.0}))
o = {}
print(o.get(1) is None, o.setdefault(1) is None, o)
print(type({}.fromkeys).__name__, {}.fromkeys.__self__ is dict, dict.fromkeys.__name__, {}.get.__name__, {}.get.__self__ == {})
print(dict.__hash__, dict.__eq__({}, {}), dict.__or__({1: 1}, {2: 2}), dict.__ror__({1: 1}, {2: 2}))
