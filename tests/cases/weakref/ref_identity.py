# Dead references: identity, equality, hashing after death, use as dict keys.
import weakref


class C:
    pass


a = C()
b = C()
ra = weakref.ref(a)
rb = weakref.ref(b)
h = hash(ra)
d = {ra: 'a', rb: 'b'}
del a
print(d[ra], ra in d, len(d))
print(ra == ra, ra != ra, ra == rb)
del b
print(ra == rb, ra != rb)
try:
    hash(rb)
except TypeError as e:
    print('TypeError:', e)
print(d[rb] if False else 'rb hashed while alive? no', h == hash(ra))
c = C()
rc = weakref.ref(c)
cb_ref = weakref.ref(c, lambda r: None)
print(rc == cb_ref, rc is cb_ref, hash(rc) == hash(cb_ref))
del c
print(rc == cb_ref)
x = C()
refs = {weakref.ref(x) for _ in range(3)}
print(len(refs))
print(weakref.ref(x) in refs)
del x
print(len(refs))
print('end')
