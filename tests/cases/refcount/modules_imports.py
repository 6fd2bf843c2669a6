# Refcounts of imported modules, sys.modules entries, from-imports and module-level functions' globals.
import sys
rc = sys.getrefcount
import types
m = types.ModuleType('fresh_mod')
print(rc(m))
sys.modules['fresh_mod'] = m
import fresh_mod
print(rc(m))
import fresh_mod as alias
print(rc(m), alias is m)
def use():
    import fresh_mod
    return rc(fresh_mod)
print(use())
del alias, fresh_mod
print(rc(m))
m.value = [1, 2]
from fresh_mod import value
print(rc(value))
del sys.modules['fresh_mod']
print(rc(m))
exec('def fn(): pass', m.__dict__)
print(rc(m.__dict__), rc(m.fn))
m.fn = None
print(rc(m.__dict__))
mm = sys.modules[__name__]
print(mm.__dict__ is globals())
print(rc(sys.modules) > 2)
