# keys(), values(), items(): len, iteration, reversed, in, repr, mapping, comparisons
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {1: 'a', 2: 'b', 3: 'c'}
k, v, i = d.keys(), d.values(), d.items()
print(k, v, i)
print(type(k).__name__, type(v).__name__, type(i).__name__)
print(len(k), len(v), len(i), list(k), list(v), list(i))
print(list(reversed(k)), list(reversed(v)), list(reversed(i)), list(reversed(d)))
print(1 in k, 4 in k, 'a' in v, 'z' in v, (1, 'a') in i, (1, 'b') in i, (1,) in i, [1, 'a'] in i, 5 in i)
t(lambda: [] in k)
t(lambda: ([], 1) in i)
d[4] = 'd'
print(k, v, i, len(k))
del d[1]
print(k, v, i)
print(k.mapping, v.mapping, i.mapping, k.mapping is d, type(k.mapping).__name__)
print(k.mapping[2], dict(i.mapping))
t(lambda: setattr(k, 'mapping', 1))
print(repr({}.keys()), repr({}.values()), repr({}.items()))
print(not {}.keys(), not k)
t(lambda: hash(k))
t(lambda: hash(i))
print(hash(v) == hash(v))
# comparisons: keys and items views are set-like, values views are not
print(k == {2, 3, 4}, k == {2, 3}, k != {2}, k == [2, 3, 4], k == k, {2, 3, 4} == k)
print(k < {2, 3, 4, 5}, k <= {2, 3, 4}, k > {2}, k >= {2, 3, 4, 9}, k < k)
print(i == {(2, 'b'), (3, 'c'), (4, 'd')}, i == d.items(), d.keys() == d.keys(), v == v, v == d.values())
print({1: 2}.keys() == {1: 3}.keys(), {1: 2}.items() == {1: 3}.items(), {1: 2}.keys() == frozenset([1]))
t(lambda: k < [1])
t(lambda: v < v)
print(k == d.items(), i == {2: 'b'}.items())
# recursion in repr
r = {}
r['self'] = r.values()
print(r)
r2 = {}
r2[1] = r2.items()
print(r2)
# views of a dict subclass
class D(dict):
    pass
dd = D(x=1)
print(dd.keys(), dd.items(), type(dd.keys()) is type({}.keys()))
# iterator types and their methods
it = iter(d.items())
print(type(it).__name__, type(iter(d.values())).__name__, type(iter(d)).__name__, it.__length_hint__())
print(next(it), it.__length_hint__(), list(it), it.__length_hint__())
print(type(reversed(d)).__name__, type(reversed(d.values())).__name__, type(reversed(d.items())).__name__)
rit = reversed(d.keys())
print(next(rit), rit.__length_hint__(), list(rit))
it2 = iter(d)
next(it2)
print(it2.__reduce__()[1], iter(d.items()).__reduce__()[1], reversed(d.values()).__reduce__()[1])
print(sorted(type(iter({})).__dict__))
print(sorted(type(k).__dict__))
print(sorted(type(v).__dict__))
print(sorted(type(i).__dict__))
