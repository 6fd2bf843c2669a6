# Tuples a code object holds (constants, co_consts, co_names, defaults) are untracked; tuples
# the code builds are tracked.
import gc
def f(a=1, b=(2, 3)):
    x = (1, (2, (3, ('s', None, True, 1.5, b'b'))))
    return x, (a, b)
const, built = f()
print('nested constant', [gc.is_tracked(t) for t in (const, const[1], const[1][1], const[1][1][1])])
print('built', gc.is_tracked(built))
print('defaults', gc.is_tracked(f.__defaults__), gc.is_tracked(f.__defaults__[1]))
print('co_consts', gc.is_tracked(f.__code__.co_consts))
print('co_names', gc.is_tracked(f.__code__.co_names), gc.is_tracked(f.__code__.co_varnames))
def kw(*, a=1):
    return a
print('kwdefaults', gc.is_tracked(kw.__kwdefaults__))
print('frozenset constant', gc.is_tracked(frozenset({1, 2})), 1 in {1, 2})
def s(x):
    return x in {1, 2, 3}
print('set constant holder', [gc.is_tracked(c) for c in s.__code__.co_consts if type(c) is frozenset])
print('star args', gc.is_tracked((*const,)))
print('tuple()', gc.is_tracked(tuple(const)), tuple(const) is const)
print('slice of constant', gc.is_tracked(const[0:1]))
print('concat', gc.is_tracked(const + ()), gc.is_tracked(() + const))
print('mul', gc.is_tracked(const * 2))
