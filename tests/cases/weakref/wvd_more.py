# WeakValueDictionary details: valuerefs, itervaluerefs, pop, setdefault with dead values, | operator.
import weakref


class V:
    def __init__(self, n):
        self.n = n
    def __repr__(self):
        return 'V%d' % self.n


vs = [V(i) for i in range(3)]
d = weakref.WeakValueDictionary({'a': vs[0], 'b': vs[1]})
print(sorted(d), [r() for r in d.itervaluerefs()] if False else sorted(r().n for r in d.valuerefs()))
print(d.pop('a'), d.pop('zz', 'dflt'))
try:
    d.pop('zz')
except KeyError as e:
    print('KeyError:', e)
tmp = V(9)
d['t'] = tmp
del tmp
print('t' in d, d.get('t'), len(d))
print(d.setdefault('t', vs[2]), d['t'])
try:
    d.popitem()
    d.popitem()
    d.popitem()
except KeyError as e:
    print('KeyError:', e)
d2 = weakref.WeakValueDictionary(x=vs[0])
d3 = d2 | {'y': vs[1]}
print(type(d3).__name__, sorted(d3))
d2 |= {'z': vs[2]}
print(sorted(d2))
print(sorted(d2.keys()), sorted(v.n for v in d2.values()))
del vs
print(len(d2), len(d3))
try:
    d2['k'] = 'str'
except TypeError as e:
    print('TypeError:', e)
print('end')
