# Functions, lambdas, closures, cells, builtin functions and methods are tracked.
import gc
def f(): pass
print('function', gc.is_tracked(f))
print('lambda', gc.is_tracked(lambda: 0))
def outer():
    x = 1
    def inner():
        return x
    return inner
inner = outer()
print('closure', gc.is_tracked(inner))
print('closure tuple', gc.is_tracked(inner.__closure__))
print('cell', gc.is_tracked(inner.__closure__[0]))
print('code', gc.is_tracked(f.__code__))
print('builtin', gc.is_tracked(len))
print('builtin method', gc.is_tracked([].append))
print('method-wrapper', gc.is_tracked((1).__add__))
print('wrapper_descriptor', gc.is_tracked(int.__add__))
print('method_descriptor', gc.is_tracked(list.append))
