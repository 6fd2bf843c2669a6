# True, False, None, NotImplemented and Ellipsis are singletons whatever produces them.
print((1 == 1) is True, (1 == 2) is False, bool(1) is True, bool(0) is False, bool([]) is False, bool('x') is True)
print(not 0 is True, (not 1) is False, isinstance(1, int) is True, callable(len) is True, hasattr(1, 'x') is False)
print([].append(1) is None, print() is None, type(None)() is None, None.__class__() is None, {}.get(1) is None)
print((1).__eq__('a') is NotImplemented, type(NotImplemented)() is NotImplemented, ... is Ellipsis, type(...)() is ...)
print(eval('...') is Ellipsis, eval('None') is None, eval('True') is True, eval('NotImplemented') is NotImplemented)
print(bool(True) is True, bool(False) is False, True & True is True, True | False is True, True ^ True is False)
print(1 < 2 is True, (1 < 2) is True, (3 in [3]) is True, ('a' in 'abc') is True, ({} == {}) is True)
print(all([]) is True, any([]) is False, 'abc'.isalpha() is True, (1).__bool__() is True, (0.0).is_integer() is True)
print(type(True)(1) is True, bool.__new__(bool, 0) is False, True.__bool__() is True, (True and 5) is 5, (False or None) is None)
import copy, pickle
print(copy.copy(None) is None, copy.deepcopy(True) is True, copy.copy(...) is ..., copy.deepcopy(NotImplemented) is NotImplemented)
print(pickle.loads(pickle.dumps(None)) is None, pickle.loads(pickle.dumps(True)) is True, pickle.loads(pickle.dumps(...)) is ...)
print(pickle.loads(pickle.dumps(NotImplemented)) is NotImplemented, pickle.loads(pickle.dumps(False)) is False)
print(True is not False, None is not None, id(True) == id(1 == 1), id(None) == id(print()))
print(type(1) is int, type(True) is bool, type('') is str, type(1.0) is float, type([]) is list, type(int) is type, type(type) is type)
print(int.__class__ is type, (1).__class__ is int, bool.__base__ is int, object.__base__ is None, type(len) is type(print))
import sys
print(sys.getrefcount(None), sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(...), sys.getrefcount(NotImplemented))
