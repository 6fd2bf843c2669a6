# Refcounts of module attributes, imported modules and sys.modules entries.
import sys
import types
rc = sys.getrefcount
m = types.ModuleType('mymod')
print(rc(m))
o = object()
m.attr = o
print(rc(o))
m.other = o
print(rc(o))
del m.attr
print(rc(o))
sys.modules['mymod'] = m
print(rc(m))
import mymod
print(rc(m), mymod is m)
from mymod import other
print(rc(o))
del other, mymod
print(rc(m), rc(o))
del sys.modules['mymod']
print(rc(m))
setattr(m, 'x', o)
print(rc(o), rc(m.__dict__))
delattr(m, 'x')
print(rc(o))
d = m.__dict__
print(rc(d))
m.__dict__['y'] = o
print(rc(o))
m = None
print(rc(o), rc(d))
