# Refcounts of code constants: ints, floats, strs, bytes, tuples, frozensets in co_consts, shared across functions.
import sys
rc = sys.getrefcount
def f():
    return 1000, 2.5, 'two words', b'xy', (1, 2, 'x y'), 12345678901234567890
def g():
    return 1000, 2.5, 'two words'
a = f()
for v in a:
    print(type(v).__name__, rc(v))
b = g()
print(a[0] is b[0], a[1] is b[1], a[2] is b[2])
print(rc(f.__code__.co_consts), len(f.__code__.co_consts))
def h(x):
    return x in {1, 2, 3}
print([type(c).__name__ for c in h.__code__.co_consts])
fs = [c for c in h.__code__.co_consts if type(c) is frozenset][0]
print(rc(fs))
def k():
    return -5, 256, 257, -6
print([rc(v) for v in k()])
print(rc(f.__code__.co_consts[0]) if f.__code__.co_consts[0] is None else 'notnone')
x = 1000
y = 1000
print(x is y, rc(x))
def m():
    return 'abc_def'
print(rc(m()))
def n():
    return 'abc def'
print(rc(n()))
