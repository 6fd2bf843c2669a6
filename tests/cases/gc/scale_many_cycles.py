# 100000 small self-cycles collected by one explicit collection.
import gc
gc.disable()
gc.collect()
for i in range(100000):
    l = []
    l.append(l)
del l
print(gc.collect())
print(gc.collect())
gc.enable()
