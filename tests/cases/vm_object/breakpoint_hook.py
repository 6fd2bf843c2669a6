# breakpoint() calls sys.breakpointhook with its arguments.
import sys

print(sys.breakpointhook is sys.__breakpointhook__, sys.breakpointhook.__name__, breakpoint.__name__)
calls = []


def hook(*args, **kwargs):
    calls.append((args, kwargs))
    return 'hooked'


sys.breakpointhook = hook
print(breakpoint(), breakpoint(1, 2, x=3))
print(calls)
sys.breakpointhook = lambda: 1 / 0
try:
    breakpoint()
except ZeroDivisionError as e:
    print('ZeroDivisionError', e)
sys.breakpointhook = len
try:
    breakpoint()
except TypeError as e:
    print('TypeError', e)
print(breakpoint([1, 2]))
sys.breakpointhook = 5
try:
    breakpoint()
except TypeError as e:
    print('TypeError', e)
del sys.breakpointhook
try:
    breakpoint()
except RuntimeError as e:
    print('RuntimeError', e)
sys.breakpointhook = sys.__breakpointhook__
print(sys.breakpointhook is sys.__breakpointhook__)
