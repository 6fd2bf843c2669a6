"""Module docstring."""
assert x, 'dropped under -O'
if __debug__:
    print('debug')
def f():
    "Function docstring."
    assert f
    return __debug__
class C:
    "Class docstring."
