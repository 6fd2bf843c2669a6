import tracemalloc

tracemalloc.start()
cache = {}

def remember(n):
    for i in range(n):
        cache[i] = "value-%05d" % i

scratch = [object() for _ in range(100)]
before = tracemalloc.take_snapshot()
remember(1500)
del scratch
after = tracemalloc.take_snapshot()

only_me = [tracemalloc.Filter(True, __file__)]
diff = after.filter_traces(only_me).compare_to(before.filter_traces(only_me), "lineno")
for stat in diff:
    print(stat)
print(repr(diff[0]))
print(repr(diff[-1]))
