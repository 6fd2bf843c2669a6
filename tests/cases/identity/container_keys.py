# Containers keep the first of equal keys; lookups hand back the stored objects.
a = ''.join(['ke', 'y one'])
b = ''.join(['key', ' one'])
d = {a: 1}
d[b] = 2
print(list(d)[0] is a, list(d)[0] is b, d[b])
s = {a}
s.add(b)
print(s.pop() is a)
n1 = 10 ** 20
n2 = 10 ** 20
d2 = {n1: 'x'}
d2[n2] = 'y'
print(next(iter(d2)) is n1, d2.popitem()[0] is n1)
d3 = dict.fromkeys([n1, n2])
print(list(d3)[0] is n1, len(d3))
f1 = 1.0 * n1
print({f1: 1, n1: 2}.popitem()[0] is f1, {n1: 1, f1: 2}.popitem()[0] is n1)
print({True: 'a', 1: 'b'}.popitem()[0] is True, {1: 'a', True: 'b'}.popitem()[0] is 1)
t = (a,)
print(max([n1, n2]) is n1, min([n1, n2]) is n1, sorted([n2, n1])[0] is n2, max(n2, n1) is n2)
L = [n1, n2]
print(L.index(n2) == 0, L.count(n1), n2 in L, L.remove(n2) is None, L[0] is n2)
fs = frozenset([a, b])
print(len(fs), next(iter(fs)) is a)
e = {}
e.setdefault(a, []).append(1)
print(e.setdefault(b, None) is e[a], list(e)[0] is a)
c = {b: 0}
c.update({a: 1})
print(list(c)[0] is b)
import collections
od = collections.OrderedDict([(a, 1)])
od[b] = 2
print(list(od)[0] is a)
cnt = collections.Counter([a, b])
print(list(cnt)[0] is a, cnt[a])
print(dict(zip([a, b], [1, 2])).popitem()[0] is a, {**{a: 1}, **{b: 2}}.popitem()[0] is a)
