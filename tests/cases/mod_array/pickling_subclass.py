import array, pickle
class A(array.array):
    pass
a = A('i', [1, 2])
a.x = 5
print(a, type(a).__name__, a.__reduce_ex__(3)[1][0] is A, a.__reduce_ex__(3)[2])
b = pickle.loads(pickle.dumps(a))
print(b, type(b) is A, b.x)
c = pickle.loads(pickle.dumps(a, 2))
print(c, type(c) is A, c.x)
print(repr(A('d')), repr(A('u', 'q')))
print(A('i', [1]) + A('i', [2]), type(A('i', [1]) + A('i', [2])).__name__)
print(type(a[:1]).__name__, type(a * 2).__name__, type(a.__copy__()).__name__)
class B(array.array):
    def __init__(self, typecode, data=(), extra=None):
        self.extra = extra
b = B('h', [1, 2], extra='e')
print(b, b.extra)
try:
    array.array('i', [], x=1)
except TypeError as e:
    print(e)
try:
    A('i', x=1)
except TypeError as e:
    print(e)
