# Tuples and frozensets return themselves where nothing changes; subclasses get copies.
t = (1, 2, 3)
print(tuple(t) is t, t[:] is t, t[0:3] is t, t[::1] is t, t * 1 is t, t + () is t, () + t is t, t[::-1][::-1] is t)
print(tuple(list(t)) is t, t[:2] is t[:2], t[1:] == (2, 3), (*t,) is t, tuple(iter(t)) is t)
class T(tuple): pass
u = T((1, 2))
print(tuple(u) is u, type(tuple(u)).__name__, u[:] is u, type(u[:]).__name__, type(u * 1).__name__, type(u + ()).__name__)
fs = frozenset({1, 2})
print(frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs, fs & fs is fs, fs - frozenset() is fs, fs.union() is fs)
print(frozenset(set(fs)) is fs, fs.difference() is fs, fs.intersection() is fs, fs.symmetric_difference(frozenset()) is fs)
class F(frozenset): pass
g = F({1})
print(frozenset(g) is g, type(frozenset(g)).__name__, g.copy() is g, type(g.copy()).__name__)
e1 = frozenset()
print(frozenset(e1) is e1, e1.copy() is e1, frozenset() is e1, frozenset(()) is frozenset(''))
s = {1, 2}
print(s.copy() is s, set(s) is s, s | set() is s)
L = [1]
print(list(L) is L, L[:] is L, L.copy() is L, L * 1 is L, L + [] is L)
r = range(5)
print(r[:] is r, r[::1] is r, iter(r) is iter(r), reversed(r) is reversed(r))
sl = slice(1, 2)
print(slice(1, 2) is sl, sl.indices(5) is sl.indices(5))
print((lambda *a: a)(*t) is t, (lambda *a: a)(1, 2, 3) is t)
def f(*args):
    return args
print(f(*t) is t, f(*u) is u, f(*[1, 2, 3]) == t)
