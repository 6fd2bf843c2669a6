# Refcounts around augmented assignment: in-place list extension, str/int rebinding, attribute and subscript targets.
import sys
rc = sys.getrefcount
o = object()
lst = []
lst2 = lst
lst += [o]
print(lst is lst2, rc(lst), rc(o))
t = (o,)
t0 = t
t += (o,)
print(t is t0, rc(t0), rc(o))
del t0
print(rc(o))
n = 10 ** 20
m = n
n += 1
print(rc(m), rc(n))
class C:
    pass
c = C()
c.l = [o]
c.l += [o]
print(rc(o))
d = {'k': [o]}
d['k'] += [o]
print(rc(o))
def f():
    x = [o]
    x *= 3
    return rc(o)
print(f(), rc(o))
s = 'abc' * 50
s2 = s
s += 'x'
print(rc(s2), rc(s))
