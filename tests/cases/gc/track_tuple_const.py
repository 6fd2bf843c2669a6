# Tuple constants of compiled code are untracked already; tuples made at run time are not.
import gc
print(gc.is_tracked((1, 2, 3)))
print(gc.is_tracked(('a', (1, 2))))
a = 1
print(gc.is_tracked((a, 2)))
print(gc.is_tracked(tuple([1, 2])))
print(gc.is_tracked(tuple('ab')))
print(gc.is_tracked(divmod(7, 2)))
print(gc.is_tracked(()))
print(gc.is_tracked(tuple()))
print(gc.is_tracked((a, [])))
def f(*args):
    return args
print('*args', gc.is_tracked(f(1, 2)))
print('*args empty', gc.is_tracked(f()))
