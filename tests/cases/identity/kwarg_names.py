# Keyword argument names: the call's constant names reach **kwargs and parameters as the same interned objects.
import sys
def f(**kw):
    return kw
k = f(alpha_name=1, beta_name=2)
names = list(k)
print(names[0] is 'alpha_name', names[1] is sys.intern('beta' + '_name'))
def g(*, alpha_name):
    return sys._getframe().f_code.co_varnames[0]
print(g(alpha_name=1) is names[0])
d = {'dyn key': 1, 'dyn_key': 2}
k2 = f(**d)
print(list(k2)[0] is list(d)[0], list(k2)[1] is list(d)[1], k2 is d)
runtime = ''.join(['run', '_kw'])
k3 = f(**{runtime: 1})
print(list(k3)[0] is runtime, list(k3)[0] is 'run_kw')
class C:
    def __init__(self, **kw):
        self.__dict__.update(kw)
c = C(attr_kw=5)
print(list(vars(c))[0] is 'attr_kw')
print(dict(key_a=1).popitem()[0] is 'key_a', dict({'key_b': 2}).popitem()[0] is 'key_b')
import functools
p = functools.partial(f, part_kw=1)
print(list(p.keywords)[0] is 'part_kw', list(p())[0] is 'part_kw')
t = type('T', (), {'cls_kw': 1})
print([n for n in vars(t) if n == 'cls_kw'][0] is 'cls_kw')
def h(a, b=2, *args, c, **rest):
    return sys._getframe().f_code
code = h(1, c=3)
print(code.co_varnames, all(n is sys.intern(n) for n in code.co_varnames))
print(h.__code__.co_name is 'h', h.__name__ is h.__code__.co_name, h.__qualname__ is 'h')
