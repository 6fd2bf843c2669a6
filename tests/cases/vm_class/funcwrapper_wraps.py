# staticmethod and classmethod copy __module__, __name__, __qualname__, __doc__ and
# __annotations__ of what they wrap into their own __dict__ (3.12), and nothing else.
def f(a: int) -> str:
    "doc of f"
f.x = 1
s = staticmethod(f)
print(s.__dict__)
print(s.__wrapped__ is f, s.__func__ is f)
def g():
    pass
c = classmethod(g)
print(c.__dict__)
class J:
    pass
print(staticmethod(J()).__dict__)
class K:
    "K doc"
print(classmethod(K()).__dict__)
s.extra = 2
print(sorted(s.__dict__))
