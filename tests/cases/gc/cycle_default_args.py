# A function whose default argument list refers back to the function.
import gc
gc.collect()
def f(x=[]):
    return x
f.__defaults__[0].append(f)
del f
print(gc.collect())
def g(*, k={}):
    pass
g.__kwdefaults__['k']['g'] = g
del g
print(gc.collect())
