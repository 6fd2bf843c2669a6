# PEP 442: __del__ of objects in a cycle runs once and the cycle is then collected.
import gc
calls = []
class A:
    def __del__(self):
        calls.append(self.name)
gc.collect()
a = A(); a.name = 'a'
b = A(); b.name = 'b'
a.b = b; b.a = a
del a, b
n = gc.collect()
print(n, sorted(calls))
print(gc.garbage)
print(gc.collect())
