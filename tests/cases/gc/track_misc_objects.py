# Assorted objects from the standard library and builtins.
import gc, weakref, functools, collections
class A: pass
a = A()
print('weakref', gc.is_tracked(weakref.ref(a)))
print('proxy', gc.is_tracked(weakref.proxy(a)))
print('partial', gc.is_tracked(functools.partial(print, 1)))
print('deque', gc.is_tracked(collections.deque()))
print('OrderedDict', gc.is_tracked(collections.OrderedDict()))
print('defaultdict', gc.is_tracked(collections.defaultdict(int)))
print('namedtuple instance', gc.is_tracked(collections.namedtuple('P', 'x y')(1, 2)))
print('dict keys view', gc.is_tracked({}.keys()))
print('dict items iter', gc.is_tracked(iter({}.items())))
def mk(v):
    return lambda: v
print('cell via closure', gc.is_tracked(mk(1).__closure__[0]))
print('type(None)', gc.is_tracked(type(None)))
