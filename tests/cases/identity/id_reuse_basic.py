# A freed object's id goes to the next object of the same kind and size class.
print(id([]) == id([]), id({}) == id({}), id(object()) == id(object()), id(()) == id(()))
print(id([]) == id({}), id(set()) == id(set()), id(frozenset([1])) == id(frozenset([2])))
n = 12345
print(id(n + 1) == id(n + 2), id(n * 2) == id(n * 3))
x = 1.5
print(id(x * 2) == id(x * 3), id(x + 0.5) == id(x + 1), id(x + 1) == id(n + 1))
print(id((n,)) == id((n,)), id((n, n)) == id((n, n)), id((n,)) == id((n, n)))
class C: pass
print(id(C()) == id(C()), id(C()) == id(object()))
a = object(); b = object()
ia, ib = id(a), id(b)
del a
del b
c = object(); d = object()
print(id(c) == ib, id(d) == ia)
l1 = [1, 2]; l2 = [3]
i1, i2 = id(l1), id(l2)
del l1
del l2
l3 = []; l4 = []
print(id(l3) == i2, id(l4) == i1)
d1 = {'a': 1}
i = id(d1)
del d1
print(id({}) == i, id([]) == i)
s = 'abc' * 3
i = id(s)
del s
t = 'xyz' * 3
print(id(t) == i)
f = 3.25 * n
i = id(f)
del f
print(id(2.5 * n) == i)
def fn(): pass
print(id(lambda: 0) == id(lambda: 1))
print(id(iter([])) == id(iter([])), id(iter(())) == id(iter([])))
print(id(range(3)) == id(range(4)), id(slice(1)) == id(slice(2)))
print(id(C().__init__) == id(C().__init__), id(fn.__call__) == id(fn.__call__))
