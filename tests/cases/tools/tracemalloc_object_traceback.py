import tracemalloc

before = [1, 2, 3]
tracemalloc.start(3)

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def make():
    return Point(1, 2)

p = make()
lst = list(range(10))
d = {"a": 1}
s = "some text" * 3
big = bytes(100000)
for obj in (p, lst, d, s, big, before, 5, None):
    tb = tracemalloc.get_object_traceback(obj)
    print(type(obj).__name__, None if tb is None else tb.format())
tracemalloc.stop()
print(tracemalloc.get_object_traceback(p))
