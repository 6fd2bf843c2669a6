import tracemalloc

_warm = [[{}, 0.5 + i, (i, i)] for i in range(200)]
del _warm
r0 = tracemalloc.get_traced_memory()
tracemalloc.start()
base, _ = tracemalloc.get_traced_memory()
x = bytes(100000)
cur, peak = tracemalloc.get_traced_memory()
del x
cur2, peak2 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
cur3, peak3 = tracemalloc.get_traced_memory()
y = bytearray(5000)
z = [0] * 1000
cur4, peak4 = tracemalloc.get_traced_memory()
del y, z
cur5, peak5 = tracemalloc.get_traced_memory()
tracemalloc.stop()
r6 = tracemalloc.get_traced_memory()
tracemalloc.reset_peak()
r7 = tracemalloc.get_traced_memory()
print(r0)
print(cur - base, peak - base)
print(cur2 - cur, peak2 == peak)
print(cur3 == peak3, cur3 - cur2)
print(cur4 - cur3, peak4 - peak3)
print(cur5 - cur3, peak5 >= peak4 - peak3)
print(r6, r7)
