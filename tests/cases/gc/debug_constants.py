# The DEBUG_* flags and get_debug/set_debug.
import gc
print(gc.DEBUG_STATS, gc.DEBUG_COLLECTABLE, gc.DEBUG_UNCOLLECTABLE, gc.DEBUG_SAVEALL, gc.DEBUG_LEAK)
print(gc.DEBUG_LEAK == gc.DEBUG_COLLECTABLE | gc.DEBUG_UNCOLLECTABLE | gc.DEBUG_SAVEALL)
print(gc.get_debug())
gc.set_debug(gc.DEBUG_SAVEALL | gc.DEBUG_STATS)
print(gc.get_debug())
gc.set_debug(0)
print(gc.get_debug())
gc.set_debug(1024)
print(gc.get_debug())
gc.set_debug(0)
print(gc.set_debug(0))
print(sorted(n for n in dir(gc) if n.startswith('DEBUG')))
