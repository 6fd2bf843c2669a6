# __del__ methods of cyclic garbage run during automatic collections.
import gc
dels = []
stops = []
class A:
    def __del__(self):
        dels.append(1)
gc.collect()
gc.set_threshold(25, 100, 100)
gc.callbacks.append(lambda p, i: stops.append(i['collected']) if p == 'stop' else None)
for i in range(200):
    a = A()
    a.me = a
del a
gc.callbacks.clear()
gc.set_threshold(700, 10, 10)
print(len(stops), sum(stops), len(dels))
gc.collect()
print(len(dels))
