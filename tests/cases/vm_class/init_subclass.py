registry = {}
class Plugin:
    def __init_subclass__(cls, key=None, **kw):
        registry[key] = cls.__name__
class A(Plugin, key='a'):
    pass
class B(Plugin, key='b'):
    pass
print(registry)
class Desc:
    def __set_name__(self, owner, name):
        self.name = name
        self.owner = owner.__name__
    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return (self.name, self.owner)
class H:
    first = Desc()
    second = Desc()
print(H().first, H().second, H.first.name)
class Q:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(Q[int], Q['x'])
class NoKw:
    pass
class Fail(NoKw, flag=True):
    pass
