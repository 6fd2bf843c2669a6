import array
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
a = array.array('i', range(10))
print(a[I(2)], a[I(-1)], a[I(1):I(3)])
a[I(0)] = I(42); print(a[0])
del a[I(0)]; print(a)
print(a.pop(I(0)), a)
a.insert(I(1), I(-7)); print(a)
print(a * I(2) == a + a)
print(array.array('Q', [I(2**64 - 1)]), array.array('I', [I(7)]), array.array('L', [I(3)]))
print(array.array('d', [I(3)]), array.array('f', [I(4)]))
class F:
    def __float__(self): return 2.5
print(array.array('d', [F()]), array.array('f', [F()]))
try: array.array('i', [F()])
except TypeError as e: print(e)
