# views and iteration order with deletions, reinsertion, subclasses and instance dicts; an uncaught error at the end
d = {}
for k in 'abcdef':
    d[k] = ord(k)
del d['b'], d['e']
d['b'] = 0
print(list(d), list(d.values()), list(d.items())[-2:], list(reversed(d.keys())), list(reversed(d.items()))[0])
ks = d.keys()
d.clear()
print(ks, len(ks), list(ks), ks == set())
d.update(x=1)
print(ks, ks.mapping)

class Obj:
    def __init__(self):
        self.a = 1
        self.b = 2
o = Obj()
od = o.__dict__
print(od, list(od.keys()), list(od.values()), list(od.items()), list(reversed(od)), od.get('a'), 'b' in od)
od['c'] = 3
del od['a']
print(od, od.pop('b'), od.setdefault('z', 26), od.popitem(), od, o.c, vars(o) is od)
print(od.copy(), type(od.copy()).__name__, dict(od), od == {'z': 26})

class Ordered(dict):
    def keys(self):
        return reversed(list(super().keys()))
od2 = Ordered(a=1, b=2, c=3)
print(list(od2), list(od2.keys()), dict(od2), {**od2}, dict(od2.items()))

class Vals(dict):
    def values(self):
        return ['overridden']
v = Vals(a=1)
print(list(v.values()), list(dict.values(v)), v.items(), dict.items(v))

m = {1: 'x'}
it = iter(m.keys())
m[1] = 'y'
print(next(it), m)
vals = m.values()
m[2] = 'z'
print(vals, list(vals), 'z' in vals, 'w' in vals)
items = m.items()
print(items & {(1, 'y')}, items - {(2, 'z')}, sorted(items | {(3, 'q')}), sorted(items ^ {(1, 'y'), (4, 4)}, key=repr))
counts = {}
for word in 'the cat the hat the end'.split():
    counts[word] = counts.get(word, 0) + 1
print(counts, max(counts, key=counts.get), sorted(counts.items(), key=lambda kv: (-kv[1], kv[0])))
inverse = {v: k for k, v in counts.items()}
print(inverse)
print(counts['dog'])
