# DEBUG_SAVEALL collections report collected objects (not uncollectable) to callbacks and stats.
import gc
info_log = []
gc.callbacks.append(lambda p, i: info_log.append((p, i['collected'], i['uncollectable'])))
gc.collect()
s0 = gc.get_stats()[2]
gc.set_debug(gc.DEBUG_SAVEALL)
a = []; b = [a]; a.append(b)
del a, b
gc.collect()
gc.set_debug(0)
s1 = gc.get_stats()[2]
print(info_log[-2:])
print(s1['collected'] - s0['collected'], s1['uncollectable'] - s0['uncollectable'])
print(len(gc.garbage))
gc.garbage.clear()
gc.callbacks.clear()
