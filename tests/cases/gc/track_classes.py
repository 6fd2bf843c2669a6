# Classes and their instances are tracked; so are modules and bound methods.
import gc, sys
class A:
    def m(self): pass
a = A()
print('class', gc.is_tracked(A))
print('instance', gc.is_tracked(a))
print('instance dict', gc.is_tracked(a.__dict__))
print('bound method', gc.is_tracked(a.m))
print('module', gc.is_tracked(sys))
print('module dict', gc.is_tracked(sys.__dict__))
print('mappingproxy', gc.is_tracked(A.__dict__))
class B(Exception): pass
print('exc class', gc.is_tracked(B))
print('exc instance', gc.is_tracked(B()))
print('metaclass', gc.is_tracked(type('C', (), {})))
print('object()', gc.is_tracked(object()))
class E: pass
print('empty instance', gc.is_tracked(E()))
