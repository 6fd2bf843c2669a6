# gc.enable/disable/isenabled, and timeit, which turns collection off while it times.
import gc, timeit
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled())
for f in (gc.enable, gc.disable, gc.isenabled):
    try:
        f(1)
    except TypeError as e:
        print(e)
t = timeit.Timer('x = [1, 2, 3]')
print(type(t.timeit(number=100)).__name__, gc.isenabled())
gc.disable()
t.timeit(number=10)
print(gc.isenabled())
print(gc.__doc__.splitlines()[0])
