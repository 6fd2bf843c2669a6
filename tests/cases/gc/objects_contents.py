# get_objects lists tracked objects only, never its own result list.
import gc
class A: pass
a = A()
l = [a]
objs = gc.get_objects()
print(any(o is a for o in objs), any(o is l for o in objs))
print(any(o is objs for o in objs))
s = 'zzz_unique_string'
print(any(o is s for o in objs))
print(all(gc.is_tracked(o) for o in objs))
gc.collect()
gen0 = gc.get_objects(0)
print(len(gen0) < 10)
