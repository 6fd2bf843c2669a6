# __del__ found through inheritance, added to a class later, removed, or set on an instance.
class D:
    def __init__(self, name):
        self.name = name


class Base:
    def __del__(self):
        print('Base.__del__', type(self).__name__)


class Child(Base):
    pass


class GrandChild(Child):
    def __del__(self):
        print('GrandChild.__del__')
        super().__del__()


Child()
GrandChild()
print('--')


class Late:
    pass


l = Late()
Late.__del__ = lambda self: print('late __del__')
del l
print('after late')
Late()
del Late.__del__
Late()
print('after removing __del__')


class Inst:
    pass


i = Inst()
i.__del__ = lambda: print('instance __del__ never called')
del i
print('instance attribute ignored')


def fdel(self):
    print('function __del__ for', type(self).__name__)


Dyn = type('Dyn', (), {'__del__': fdel})
Dyn()


class Mixin:
    def __del__(self):
        print('Mixin.__del__')


class Multi(Mixin, D):
    pass


Multi('x')


class Callable:
    def __call__(self, obj):
        print('callable object as __del__?')


class CD:
    __del__ = Callable()


try:
    CD()
except TypeError as e:
    print(e)
print('after CD')


class SM:
    @staticmethod
    def __del__():
        print('staticmethod __del__')


SM()
print('end')
