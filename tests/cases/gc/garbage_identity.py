# gc.garbage is one list object; rebinding/clearing it, and objects in it kept alive.
import gc
g = gc.garbage
print(type(g).__name__, g is gc.garbage, g)
gc.set_debug(gc.DEBUG_SAVEALL)
x = {}
x['x'] = x
del x
gc.collect()
print(g is gc.garbage, len(g), list(g[0]) == ['x'])
del g[:]
gc.set_debug(0)
print(gc.garbage)
gc.garbage.append('anything')
print(gc.garbage)
gc.garbage.clear()
