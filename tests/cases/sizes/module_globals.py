# The size of a module's dict as names are added, and of module objects.
import sys
import types

m = types.ModuleType('m')
print('new module', sys.getsizeof(m), sys.getsizeof(m.__dict__), len(m.__dict__))
for i in range(30):
    setattr(m, 'name%d' % i, i)
    if i % 5 == 0:
        print(i, sys.getsizeof(m.__dict__), len(m.__dict__))
m2 = types.ModuleType('m2', 'doc')
print('with doc', sys.getsizeof(m2.__dict__))
ns = {}
exec('a = 1\nb = 2\ndef f(): pass', ns)
print('exec globals', sys.getsizeof(ns), sorted(ns)[:3])
