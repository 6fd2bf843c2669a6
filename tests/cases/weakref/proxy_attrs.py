# Attribute access through proxies: methods, properties, __class__, __dict__, descriptors.
import weakref


class C:
    cls_attr = 'class attribute'
    def __init__(self):
        self.x = 1
    @property
    def prop(self):
        return 'property'
    @staticmethod
    def sm():
        return 'static'
    @classmethod
    def cm(cls):
        return cls.__name__
    def m(self):
        return self


c = C()
p = weakref.proxy(c)
print(p.x, p.prop, p.sm(), p.cm(), p.cls_attr)
print(p.m() is c, p.__class__ is C, p.__dict__)
print(type(p) is C, isinstance(p, C), issubclass(type(p), C))
print(getattr(p, 'missing', 'default'), hasattr(p, 'x'))
try:
    p.missing
except AttributeError as e:
    print('AttributeError:', e)
p.y = 2
print(c.y, vars(c))
del p.x
print(hasattr(c, 'x'))
try:
    del p.nothere
except AttributeError as e:
    print('AttributeError:', e)
print(p.__doc__, p.__module__)
print(sorted(k for k in dir(p) if not k.startswith('__')))
print('end')
