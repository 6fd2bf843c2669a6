# Function-like objects: functions, lambdas, closures, bound methods, builtin functions and
# methods, method-wrappers, classmethod/staticmethod/property, and partial.
import sys


def f(a, b=1, *args, **kw):
    return a


def outer():
    x = 1

    def inner():
        return x
    return inner


class K:
    def m(self):
        pass

    @classmethod
    def cm(cls):
        pass

    @staticmethod
    def sm():
        pass

    @property
    def p(self):
        return 1


k = K()
print('function', sys.getsizeof(f), f.__sizeof__(), sys.getsizeof(lambda: 0), sys.getsizeof(outer()))
print('method', sys.getsizeof(k.m), k.m.__sizeof__(), sys.getsizeof(K.cm), sys.getsizeof(K.m))
print('builtin', sys.getsizeof(len), sys.getsizeof([].append), sys.getsizeof({}.get), sys.getsizeof(k.__eq__))
print('descriptors', sys.getsizeof(K.__dict__['cm']), sys.getsizeof(K.__dict__['sm']), sys.getsizeof(K.__dict__['p']))
print('slot wrappers', sys.getsizeof(int.__add__), sys.getsizeof(list.append), sys.getsizeof(str.__dict__['join']), sys.getsizeof(dict.fromkeys))
print('getset', sys.getsizeof(type.__dict__['__name__']), sys.getsizeof(K.__dict__['__dict__']), sys.getsizeof(K.__dict__['__weakref__']))
print('property ops', sys.getsizeof(property(f)), sys.getsizeof(property(f).setter(f)), sys.getsizeof(classmethod(f)), sys.getsizeof(staticmethod(f)))
import functools, operator
print('functools', sys.getsizeof(functools.partial(f, 1)), sys.getsizeof(operator.itemgetter(1)), sys.getsizeof(operator.attrgetter('x')), sys.getsizeof(operator.methodcaller('x')))
f.attr = 1
print('with attr', sys.getsizeof(f), sys.getsizeof(f.__dict__))
print('code', sys.getsizeof(f.__code__) > 100, sys.getsizeof(f.__defaults__), sys.getsizeof(outer().__closure__))
