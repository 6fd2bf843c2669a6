# In-place set operations and the tables they leave: update, difference_update,
# intersection_update, symmetric_difference_update, and the |=, &=, -=, ^= operators.
import sys

s = set(range(10))
s.update(range(10, 40))
print('update', len(s), sys.getsizeof(s))
s.difference_update(range(35))
print('difference_update', len(s), sys.getsizeof(s))
s.intersection_update({35, 36, 100})
print('intersection_update', len(s), sys.getsizeof(s))
s.symmetric_difference_update(range(50))
print('symmetric_difference_update', len(s), sys.getsizeof(s))
t = set()
t |= set(range(3))
print('|= small', sys.getsizeof(t))
t |= frozenset(range(20))
print('|= frozenset', sys.getsizeof(t))
t -= set(range(18))
print('-=', len(t), sys.getsizeof(t))
t &= {18}
print('&=', len(t), sys.getsizeof(t))
t ^= set(range(100, 110))
print('^=', len(t), sys.getsizeof(t))
u = set('abcdefghijklmnopqrstuvwxyz')
print('letters', sys.getsizeof(u), sys.getsizeof(frozenset(u)))
v = {1, 2, 3}
print('ops', sys.getsizeof(v.union(range(10))), sys.getsizeof(v.intersection(range(2))), sys.getsizeof(v.difference([1])),
      sys.getsizeof(v.symmetric_difference([9])), sys.getsizeof(v.copy()))
w = set(range(100))
w.clear()
print('clear', sys.getsizeof(w))
w.add(1)
print('add after clear', sys.getsizeof(w))
