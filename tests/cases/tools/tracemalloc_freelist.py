import tracemalloc

def make_tuples():
    return [(i, i) for i in range(3)]

junk = [(j, j) for j in range(1000, 1050)]
del junk
tracemalloc.start()
t = (1000, 2000)
d = {}
lst = []
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno'):
    print(stat)
print(tracemalloc.get_object_traceback(d), tracemalloc.get_object_traceback(lst))
