# Count deltas for objects that are allocated fresh (no free lists): instances, sets,
# functions, bound methods, generators; atomics do not count.
import gc
class A: pass
class S:
    __slots__ = ('a',)
gc.collect()
pad = [set() for _ in range(50)]
def measure(label, fn):
    a = gc.get_count()[0]
    r = fn()
    b = gc.get_count()[0]
    del r
    c = gc.get_count()[0]
    print(label, b - a, c - b)
measure('instance', lambda: A())
measure('slots', lambda: S())
measure('set', lambda: set())
measure('int', lambda: 10**30)
measure('str', lambda: 'ab' * 50)
measure('func', lambda: (lambda: 0))
measure('gen', lambda: (x for x in ()))
measure('bound', lambda: A().__init__)
measure('3 instances', lambda: [A(), A(), A()][1:])
