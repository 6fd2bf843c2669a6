# WeakValueDictionary: entries vanish when their values die.
import weakref


class V:
    def __init__(self, name):
        self.name = name
    def __repr__(self):
        return 'V(%s)' % self.name


d = weakref.WeakValueDictionary()
a, b, c = V('a'), V('b'), V('c')
d['a'] = a
d['b'] = b
d['c'] = c
print(len(d), sorted(d.keys()), d['a'])
del b
print(len(d), sorted(d), 'b' in d)
try:
    d['b']
except KeyError as e:
    print('KeyError:', e)
print(d.get('b', 'default'), d.get('a'))
d['a'] = c
print('a rebound', d['a'])
del a
print(len(d), sorted(d.items(), key=lambda kv: kv[0]))
vals = list(d.values())
print(vals)
del vals
del c
print(len(d), list(d.items()))
x = V('x')
d['x'] = x
print(d.pop('x'), len(d))
d.update({'y': x, 'z': x})
print(sorted(d))
print(d.setdefault('w', x), len(d))
refs = d.valuerefs()
print(len(refs), all(r() is x for r in refs))
del refs
for k in sorted(d.keys()):
    print(k, d[k])
print(d.popitem()[1] is x, len(d))
copy = d.copy()
print(type(copy).__name__, len(copy))
del x
print(len(d), len(copy))
d2 = weakref.WeakValueDictionary({'k': V('temp')})
print(len(d2))
try:
    d['int'] = 1
except TypeError as e:
    print('TypeError:', e)
print(repr(d)[:30])
print('end')
