class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        ns['tag'] = name + '!'
        cls = type.__new__(mcls, name, bases, ns)
        return cls
    def __call__(cls, *args):
        print('calling', cls.__name__, args)
        return type.__call__(cls, args[0]) if args else type.__call__(cls)
class Base(metaclass=Meta):
    def __init__(self, v=0):
        self.v = v
class Child(Base):
    pass
print(type(Base), type(Child), Base.tag, Child.tag)
c = Child(5)
print(c.v, isinstance(Child, Meta), isinstance(c, Base))
T = type('T', (Base,), {'z': 1})
print(T.z, T.tag if hasattr(T, 'tag') else None, type(T), T.__module__)
print(type(1), type('s'), type(T()))
