# A suspended generator in a cycle: its finally block runs when the collector finalizes it.
import gc
log = []
def gen(box):
    try:
        yield 1
        yield 2
    finally:
        log.append('finally')
gc.collect()
box = []
g = gen(box)
box.append(g)
next(g)
del g, box
print(log)
n = gc.collect()
print(n, log)
