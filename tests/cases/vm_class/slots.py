class S:
    __slots__ = ('a', 'b')
    def __init__(self):
        self.a = 1
s = S()
print(s.a, S.__slots__, type(S.a), hasattr(s, 'b'), hasattr(s, '__dict__'))
s.b = 2
print(s.b)
del s.b
print(hasattr(s, 'b'))
s.c = 3
