# type.__sizeof__ of classes: the heap type, plus the cached shared keys of classes whose
# instances have a managed dict; the keys do not grow with attribute names.
import sys


class A:
    pass


print('A', sys.getsizeof(A))
a = A()
for i in range(40):
    setattr(a, 'x%d' % i, i)
print('A after attrs', sys.getsizeof(A))


class B:
    def __init__(self):
        self.p = 1
        self.q = 2


B()
print('B', sys.getsizeof(B))


class C(B):
    pass


print('C', sys.getsizeof(C))


class D(dict):
    pass


class E(Exception):
    pass


class F:
    __slots__ = ('a', 'b')


class G(F):
    pass


print('D E F G', sys.getsizeof(D), sys.getsizeof(E), sys.getsizeof(F), sys.getsizeof(G))
for t in (A, B, F, G):
    print(t.__name__, t.__basicsize__, t.__dictoffset__, t.__weakrefoffset__)
