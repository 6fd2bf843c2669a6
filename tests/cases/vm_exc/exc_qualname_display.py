class Outer:
    class Inner(Exception):
        pass
def f():
    class Local(ValueError):
        pass
    return Local
class A:
    def __init__(self):
        self.value = 1
a = A()
try:
    a.valeu
except AttributeError as e:
    print(repr(e), e.name, e.obj is a)
try:
    raise f()("x")
except Exception as e:
    print(repr(e))
raise Outer.Inner("inner")
