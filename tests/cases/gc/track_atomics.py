# Atomic objects are never tracked by the cyclic collector.
import gc
for v in (0, 1, -5, 10**30, 3.5, 1j, 'abc', '', b'xy', bytearray(b'z'), None, True, False, Ellipsis, NotImplemented, range(3), slice(1, 2)):
    print(type(v).__name__, gc.is_tracked(v))
print(gc.is_tracked(object()))
print(gc.is_tracked(type))
print(gc.is_tracked(int))
