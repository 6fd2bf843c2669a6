# With collection disabled the generation-0 count keeps growing past the threshold.
import gc
class A: pass
gc.disable()
gc.collect()
keep = [A() for _ in range(2000)]
c = gc.get_count()
print(c[0] >= 2000, c[1], c[2])
gc.enable()
gc.collect()
print(gc.get_count())
