# Interning makes a str immortal in 3.12.1: sys.intern, setattr/delattr names (PyObject_SetAttr), code names and constants.
import sys
rc = sys.getrefcount
s = ''.join(['run', 'time string'])
print(rc(s))
t = sys.intern(s)
print(rc(s), rc(t) == rc(s), t is s)
p = ''.join(['pre existing', ' const'])
q = sys.intern(p)
print(rc(p), q is p, q is 'pre existing const')
u = ''.join(['run', '_time_name'])
print(rc(u))
setattr(type('K', (), {}), u, 1)
print(rc(u))
v = ''.join(['an', 'other_name'])
d = {v: 1}
print(rc(v))
g = ''.join(['glo', 'bal_name'])
globals()[g] = 5
print(rc(g))
print(rc('const_ident'), rc('const words here'), rc('é'), rc('x' * 3))
def f():
    return 'inside_func'
print(rc(f()))
def kw(**k):
    return k
dd = kw(some_name=1)
print(rc(list(dd)[0]))
n = ''.join(['attr', '_name_x'])
class C: pass
c = C()
setattr(c, n, 1)
print(rc(n), rc(list(vars(c))[0]), list(vars(c))[0] is n)
m = ''.join(['attr', '_name_x'])
setattr(c, m, 2)
print(rc(m), list(vars(c))[0] is n, len(vars(c)))
dn = ''.join(['del', '_name'])
c.del_name = 1
delattr(c, dn)
print(rc(dn), hasattr(c, 'del_name'))
class S(str): pass
sn = S('sub_name')
setattr(c, sn, 3)
print(rc(sn), type(list(vars(c))[-1]).__name__)
