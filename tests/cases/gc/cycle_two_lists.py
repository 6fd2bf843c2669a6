# Two lists referring to each other.
import gc
gc.collect()
a = []
b = [a]
a.append(b)
del a, b
print(gc.collect())
a = [1, 2, 3]
b = [a, 'x', 4.0]
a.append(b)
del a
print(gc.collect())
print(len(b[0]), b[0][3] is b)
del b
print(gc.collect())
