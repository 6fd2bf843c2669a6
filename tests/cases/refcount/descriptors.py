# Refcounts through user descriptors (__get__/__set__/__delete__/__set_name__) and getattr hooks.
import sys
rc = sys.getrefcount
o = object()
class D:
    def __set_name__(self, owner, name):
        self.name = name
    def __get__(self, inst, owner=None):
        if inst is None:
            return self
        return inst.__dict__.get(self.name, o)
    def __set__(self, inst, value):
        inst.__dict__[self.name] = value
    def __delete__(self, inst):
        del inst.__dict__[self.name]
class C:
    attr = D()
c = C()
print(rc(c.attr), rc(o))
c.attr = o
print(rc(o))
del c.attr
print(rc(o))
print(rc(C.__dict__['attr']), rc(C.attr))
class G:
    def __getattr__(self, name):
        return o
g = G()
print(rc(g.anything), rc(o))
v = g.missing
print(rc(o))
class GA:
    def __getattribute__(self, name):
        return rc(self)
ga = GA()
print(ga.x, rc(ga))
