# A chain of 100000 nested lists closed into a cycle is collected without recursion.
import gc
gc.collect()
head = []
cur = head
for i in range(100000):
    nxt = []
    cur.append(nxt)
    cur = nxt
cur.append(head)
del cur, nxt
print(gc.collect())
del head
print(gc.collect())
