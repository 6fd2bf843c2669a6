# A long linked ring of instances with __dict__s.
import gc, weakref
class Node:
    pass
gc.collect()
first = Node()
cur = first
for i in range(50000):
    n = Node()
    cur.next = n
    cur = n
cur.next = first
r = weakref.ref(first)
del first, cur, n
print(gc.collect(), r() is None)
