# Weak references made or used inside __del__.
import weakref


class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'existing ref alive:', self.r() is self)
        self.late = weakref.ref(self, lambda r: print('callback of ref made in __del__', self.__class__ if False else ''))
        print('refs inside __del__:', weakref.getweakrefcount(self))


a = A('a')
a.r = weakref.ref(a, lambda r: print('callback of ref made before'))
del a
print('-- a done')
registry = weakref.WeakValueDictionary()


class B:
    def __init__(self, key):
        self.key = key
        registry[key] = self
    def __del__(self):
        print('B.__del__, still registered:', self.key in registry)


b = B('k')
del b
print('registry after:', len(registry))
keyed = weakref.WeakKeyDictionary()


class Cc:
    def __del__(self):
        print('Cc.__del__, key present:', self in keyed)
    def __hash__(self):
        return 1


cc = Cc()
keyed[cc] = 'value'
del cc
print('keyed after:', len(keyed))
print('end')
