class NoEq:
    pass
class WithEq:
    def __eq__(self, o):
        return True
class WithBoth:
    def __eq__(self, o):
        return isinstance(o, WithBoth)
    def __hash__(self):
        return 42
n = NoEq()
print(hash(n) == hash(n), WithEq.__hash__, hash(WithBoth()), WithBoth() == WithBoth())
d = {WithBoth(): 1}
d[WithBoth()] = 2
print(len(d), d[WithBoth()])
print(n == n, n != n, n == NoEq())
hash(WithEq())
