import _collections
from _collections import _tuplegetter, _count_elements, deque, _deque_iterator, _deque_reverse_iterator

def check(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

print(sorted(n for n in dir(_collections) if n != 'OrderedDict'))
print(_collections.__doc__)
class P(tuple):
    x = _tuplegetter(0, 'Alias for field number 0')
    y = _tuplegetter(1, 'the y')
    z = _tuplegetter(5, None)
p = P((1, 2))
print(p.x, p.y, P.x.__doc__, P.y.__doc__, type(P.x), P.z.__doc__)
check(lambda: p.z)
check(setattr, p, 'x', 5)
check(delattr, p, 'x')
check(P.x.__get__, 1)
check(P.x.__get__, [1])
print(P.x.__get__(None, P) is P.x, P.x.__get__((7,)), P.x.__reduce__())
P.x.__doc__ = 'new'
print(P.x.__doc__)
check(_tuplegetter, 'a', 'b')
check(_tuplegetter, 1)
check(_tuplegetter, 1, 2, 3)
try:
    class T(_tuplegetter):
        pass
except TypeError as e:
    print(e)

c = {}
_count_elements(c, 'abracadabra')
print(c)
_count_elements(c, [1, 1, 'a'])
print(c)
class MyDict(dict):
    def __setitem__(self, k, v):
        print('set', k, v)
        super().__setitem__(k, v)
m = MyDict()
_count_elements(m, 'aab')
print(m)
class G:
    def __init__(self): self.d = {}
    def get(self, k, default): return self.d.get(k, default)
    def __setitem__(self, k, v): self.d[k] = v
g = G()
_count_elements(g, 'xyx')
print(g.d)
check(_count_elements, {}, 1)
check(_count_elements, 1, 'a')
check(_count_elements, {})
check(_count_elements, {}, [[]])

d = deque('abcd')
it = _deque_iterator(d, 2)
print(list(it), list(_deque_reverse_iterator(d, 1)), list(_deque_iterator(d, 10)))
check(_deque_iterator, [1])
check(_deque_iterator)
print(type(iter(deque())).__name__, iter(deque()).__length_hint__())
