import tracemalloc
_warm = [[{}, 0.5 + i, (i, i)] for i in range(200)]
del _warm

class Plain:
    def __init__(self, i):
        self.a = i
        self.b = [i]

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self, i):
        self.a = i
        self.b = None

Plain(0), Slotted(0)
tracemalloc.start()
plains = [Plain(i) for i in range(1000, 1200)]
slotted = [Slotted(i) for i in range(1000, 1200)]
snap = tracemalloc.take_snapshot().filter_traces([tracemalloc.Filter(True, __file__)])
for stat in snap.statistics('lineno'):
    print(stat)
