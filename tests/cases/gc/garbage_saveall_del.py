# With DEBUG_SAVEALL, objects with __del__ in cycles are saved; finalizers still ran.
import gc
log = []
class A:
    def __del__(self):
        log.append('del')
gc.collect()
gc.set_debug(gc.DEBUG_SAVEALL)
a = A(); a.me = a
del a
n = gc.collect()
print(n, log, len(gc.garbage), type(gc.garbage[0]).__name__)
print(gc.is_finalized(gc.garbage[0]))
gc.set_debug(0)
gc.garbage.clear()
print(gc.collect(), log)
