class A:
    def who(self):
        return 'A'
class B(A):
    def who(self):
        return 'B'
class C(A):
    def who(self):
        return 'C'
class D(B, C):
    pass
print(D.__mro__)
print(D().who())
class E(C, B):
    pass
print(E.__mro__, E().who())
class X: pass
class Y: pass
class Z(X, Y): pass
print(Z.__mro__)
class Bad(X, Z): pass
