from _collections import deque
d = deque([1, 2])
r = d.__reduce__()
print(r[0], r[1], r[2], list(r[3]))
r = deque('ab', 3).__reduce__()
print(r[0], r[1], r[2], list(r[3]))
class D(deque):
    pass
e = D([1])
e.x = 5
r = e.__reduce__()
print(r[0].__name__, r[1], r[2], list(r[3]))
print(deque.__reduce_ex__(d, 2)[1:3])
