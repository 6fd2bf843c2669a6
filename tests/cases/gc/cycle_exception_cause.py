# Exceptions referring to each other through __cause__ / __context__ / attributes.
import gc
gc.collect()
a = ValueError('a')
b = TypeError('b')
a.__cause__ = b
b.__context__ = a
del a, b
print(gc.collect())
e = KeyError('k')
e.me = e
del e
print(gc.collect())
