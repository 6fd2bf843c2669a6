class Empty:
    pass

class Doc:
    """Docstring."""
    x: int = 1
    y: 'str'

class Base(object, metaclass=Meta, flag=True):
    attr = 1
    __private = 2

    def method(self):
        return self.__private + self.__other

    @classmethod
    def cm(cls):
        return super().cm()

    @staticmethod
    def sm(a):
        return a

    @property
    def prop(self):
        return __class__

    def explicit_super(self):
        return super(Base, self).method()

    def __init__(self, *args):
        super().__init__(*args)
        self.x = [a for a in args]

class Child(*bases, **kwds):
    vals = [v for v in range(3)]
    other = {k: attr for k in vals}

    class Nested:
        def deep(self):
            return __class__

def factory(a):
    class Local:
        value = a
        def get(self):
            return a
    return Local

class __Underscore:
    def __m(self):
        return self.__x

@dataclass
@decorator(arg=1)
class Decorated:
    field: int
