import sys
import _pkg.mod, _plain
from _plain import *
print(_pkg, _pkg.mod, _plain, Z)
print(_pkg.__name__, _pkg.__package__, _pkg.__path__, _pkg.__file__, _pkg.mod.__cached__)
print(_pkg.__spec__.name, _pkg.__spec__.parent, _pkg.__spec__.origin, _pkg.__spec__.has_location)
print(_plain.__spec__.parent == '', _pkg.mod.Y, '_pkg.mod' in sys.modules)
import importlib
print(importlib.import_module('._plain', '_pkg') if False else importlib.import_module('_pkg.mod') is _pkg.mod)
for name in ['_nosuch', '_plain.x', '_pkg.nosuch']:
    try:
        __import__(name)
    except ImportError as e:
        print(type(e).__name__, e, e.name)
try:
    from _plain import nope
except ImportError as e:
    print(e, e.name)
print(sys.exc_info(), sys.exception())
try:
    raise KeyError(1)
except KeyError:
    print(sys.exc_info()[0], repr(sys.exception()))
print(sys.version_info, sys.version_info.major, sys.version_info[:2], type(sys.version_info).__name__)
print(sys.hash_info, sys.int_info)
print(sys.float_info.max, sys.implementation.name, sys.maxunicode, sys.getdefaultencoding())
_pkg.mod.f()
