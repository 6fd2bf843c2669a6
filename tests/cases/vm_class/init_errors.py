class A:
    def __init__(self, x):
        self.x = x
class B:
    pass
print(B().__class__.__name__)
A()
