# Identifiers (names in code, attribute names, keyword argument names, class-body dict keys) are interned.
import sys
class C:
    attr_one = 1
    def method_two(self): pass
keys = [k for k in C.__dict__ if not k.startswith('__')]
print(keys)
print(keys[0] is sys.intern('attr' + '_one'), keys[1] is sys.intern('method' + '_two'))
print(keys[0] is 'attr_one', C.method_two.__name__ is keys[1], C.method_two.__qualname__ is 'C.method_two')
def f(**kw):
    return list(kw)
k = f(some_kw=1, other_kw=2)
print(k[0] is 'some_kw', k[1] is sys.intern('other' + '_kw'))
k2 = f(**{'dyn' + 'amic': 1})
print(k2[0] is 'dynamic', k2[0] == 'dynamic')
o = C()
o.inst_attr = 5
setattr(o, 'set' + 'attr_name', 6)
names = list(vars(o))
print(names, names[0] is 'inst_attr', names[1] is 'setattr_name', names[1] is sys.intern('setattr' + '_name'))
def g(param_name, other=1):
    pass
print(g.__code__.co_varnames[0] is 'param_name', g.__name__ is 'g', g.__code__.co_name is g.__name__)
print(f.__code__.co_varnames[0] is 'kw')
print(C.__name__ is 'C', C.__qualname__ is C.__name__)
d = dict(alpha_key=1)
print(list(d)[0] is 'alpha_key')
ns = {}
exec('variable_x = 1', ns)
print([k for k in ns if k == 'variable_x'][0] is 'variable_x')
import types
m = types.SimpleNamespace(field_y=2)
print(list(vars(m))[0] is 'field_y')
print(getattr(o, 'inst' + '_attr'), hasattr(o, 'setattr' + '_name'))
nm = 'run' + 'time_attr'
setattr(o, nm, 7)
print(list(vars(o))[-1] is nm, list(vars(o))[-1] is sys.intern('runtime' + '_attr'), nm is sys.intern(nm))
