# set sizes: the built-in 8-slot table, then resizes at 3/5 fill (set_add_entry).
import sys

s = set()
last = sys.getsizeof(s)
print(0, last, s.__sizeof__())
for i in range(1, 2000):
    s.add(i)
    cur = sys.getsizeof(s)
    if cur != last:
        print(i, cur, s.__sizeof__())
        last = cur
for i in range(1, 1500):
    s.discard(i)
print('discarded', len(s), sys.getsizeof(s))
s.clear()
print('clear', sys.getsizeof(s))
s = {1, 2, 3}
s.remove(1)
s.pop()
print('remove/pop', sys.getsizeof(s))
t = set(range(5))
for i in range(100, 200):
    t.add(i)
    t.discard(i)
print('churn', sys.getsizeof(t))
