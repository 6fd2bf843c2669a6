# Refcounts of interned strings (all immortal in 3.12.1): identifiers, attribute names, dict keys, sys.intern.
import sys
rc = sys.getrefcount
class C:
    pass
c = C()
c.some_attribute_name = 1
name = list(c.__dict__)[0]
print(rc(name))
k = 'identifier_like'
d = {k: 1}
print(rc(k))
s = sys.intern('x' * 30)
print(rc(s))
dyn = ''.join(['dyn', 'amic'])
print(rc(dyn))
i = sys.intern(dyn)
print(i is dyn, rc(dyn))
again = sys.intern(''.join(['dyn', 'amic']))
print(again is dyn)
setattr(c, ''.join(['run', 'time', '_attr']), 2)
key = [x for x in c.__dict__ if x.startswith('run')][0]
print(rc(key))
g = globals()
g[''.join(['glob', '_name'])] = 3
gk = [x for x in g if x.startswith('glob_')][0]
print(rc(gk))
print(rc('with space'), rc('x'), rc('ab'))
s2 = str(1234567)
print(rc(s2))
