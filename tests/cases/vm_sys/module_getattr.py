import sys
M = type(sys)
m = M('lazy')
def _ga(name):
    return 'lazy:' + name
m.__getattr__ = _ga
print(m.anything, getattr(m, 'other'))
n = M('plain')
print(hasattr(n, 'zz'))
n.zz
