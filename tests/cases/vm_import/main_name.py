import sys
print(__name__, __package__, __spec__, __loader__.__class__.__name__ if __loader__ is not None else None)
print(__file__.endswith('main_name.py'), __cached__, __doc__)
print(sorted(k for k in globals() if k.startswith('__')))
print(sys.modules['__main__'] is sys.modules[__name__], sys.argv[0].endswith('main_name.py'))
import _plain
print(_plain.__name__, _plain.__file__.endswith('_plain.py'), type(_plain.__loader__).__name__)
print(sys.path[0].endswith('vm_import'), sys.path[0] == __file__.rsplit('/', 1)[0])
import importlib
m = importlib.import_module('_pkg.mod')
print(m.__name__, importlib.import_module('.mod', '_pkg') is m)
try:
    importlib.import_module('.mod')
except TypeError as e:
    print(e)
print(importlib.reload(_plain) is _plain)
