# Attribute values keep their identity: instance dicts, __slots__, class attributes and properties.
n = 10 ** 25
s = ''.join(['attr', ' value'])
class C:
    shared = [n]
    def __init__(self):
        self.x = n
        self.y = s
class S:
    __slots__ = ('x', 'y')
    def __init__(self):
        self.x = n
        self.y = s
a, b = C(), C()
print(a.x is n, a.y is s, a.x is b.x, a.shared is b.shared, a.shared is C.shared, a.__dict__['x'] is n)
o = S()
print(o.x is n, o.y is s, S.x.__get__(o) is n, getattr(o, 'y') is s)
a.shared = [n]
print(a.shared is C.shared, a.shared[0] is C.shared[0], vars(a)['shared'] is a.shared)
del a.shared
print(a.shared is C.shared)
class P:
    @property
    def p(self):
        return n
print(P().p is n, P().p is P().p)
import types
ns = types.SimpleNamespace(v=s)
print(ns.v is s, vars(ns)['v'] is s)
def fn(): pass
fn.attr = s
print(fn.attr is s, fn.__dict__['attr'] is s)
mod = types.ModuleType('m')
mod.v = n
print(mod.v is n, mod.__dict__['v'] is n)
setattr(a, 'dyn', s)
print(a.dyn is s, getattr(a, 'dyn') is s, a.__getattribute__('dyn') is s, object.__getattribute__(a, 'dyn') is s)
print(C.__dict__['shared'] is C.shared, type(a).__dict__['__init__'] is C.__init__)
e = ValueError(s)
e.extra = n
print(e.args[0] is s, e.extra is n, str(e) is s)
