def countdown(n):
    yield n
c = countdown(3)
print(c.__name__, c.__qualname__, c.gi_code is countdown.__code__, c.gi_yieldfrom)
c.__name__ = 'renamed'
print(c.__name__, repr(c)[:-19])
c.__qualname__ = 'q.name'
print(repr(c)[:-19])
try:
    c.__name__ = 5
except TypeError as e:
    print(e)
try:
    c.__qualname__ = None
except TypeError as e:
    print(e)
