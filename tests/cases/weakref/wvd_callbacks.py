# WeakValueDictionary and WeakKeyDictionary entries removed by their callbacks, and __del__ interplay.
import weakref


class V:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('V.__del__', self.n)


d = weakref.WeakValueDictionary()
d['a'] = V(1)
print('temporary value gone:', len(d))
v2 = V(2)
d['b'] = v2
d['c'] = v2
print(len(d))
del v2
print('both keys gone:', len(d))
k = weakref.WeakKeyDictionary()
key = V(3)
k[key] = V(4)
print('value alive while key lives')
del key
print('key gone, value released:', len(k))
s = weakref.WeakSet()
a = V(5)
s.add(a)
a = V(6)
print('rebinding released 5:', len(s))
print('end')
