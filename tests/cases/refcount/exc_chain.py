# Refcounts of exceptions chained through raise from (__cause__) and implicit __context__.
import sys
rc = sys.getrefcount
first = ValueError('first')
try:
    try:
        raise first
    except ValueError as e:
        raise KeyError('second') from e
except KeyError as k:
    print(rc(k), rc(first), k.__cause__ is first)
    second = k
print(rc(second), rc(first))
second.__cause__ = None
print(rc(first))
second.__context__ = None
print(rc(first))
inner = TypeError('inner')
try:
    try:
        raise inner
    except TypeError:
        raise RuntimeError('outer')
except RuntimeError as r:
    outer = r
print(rc(inner), outer.__context__ is inner, outer.__suppress_context__)
outer.__context__ = None
print(rc(inner))
a = ValueError()
b = ValueError()
b.__cause__ = a
print(rc(a))
b.__cause__ = a
print(rc(a))
b.__cause__ = None
print(rc(a))
try:
    raise b from None
except ValueError as x:
    print(rc(x), x.__suppress_context__, x.__cause__)
