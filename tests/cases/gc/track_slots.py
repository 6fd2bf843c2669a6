# Instances of classes with __slots__ are tracked, even when the slots are empty
# or hold only atomic values; a class with __slots__ = () still gives tracked instances.
import gc
class S:
    __slots__ = ('a', 'b')
s = S()
print(gc.is_tracked(s))
s.a = 1
s.b = 'x'
print(gc.is_tracked(s))
gc.collect()
print(gc.is_tracked(s))
class N:
    __slots__ = ()
n = N()
print(gc.is_tracked(n))
gc.collect()
print(gc.is_tracked(n))
print(hasattr(n, '__dict__'), hasattr(s, '__dict__'))
class D(S):
    pass
d = D()
print(gc.is_tracked(d), hasattr(d, '__dict__'))
