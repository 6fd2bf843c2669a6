# Dynamically created classes and their instances become garbage together.
import gc, weakref
gc.collect()
refs = []
for i in range(5):
    C = type('C%d' % i, (), {'v': i})
    c = C()
    c.me = c
    refs.append(weakref.ref(C))
del C, c
n = gc.collect()
print(n > 5, [r() is None for r in refs])
