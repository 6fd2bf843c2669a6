# Frame objects of finished calls, tracebacks, exceptions and generator/coroutine objects
# are tracked; the frame object of a frame that is still executing is not (yet).
import gc, sys
def f():
    return sys._getframe()
fr = f()
print('frame', gc.is_tracked(fr))
print('current frame', gc.is_tracked(sys._getframe()))
try:
    1 / 0
except ZeroDivisionError as e:
    exc = e
print('exception', gc.is_tracked(exc))
print('traceback', gc.is_tracked(exc.__traceback__))
print('tb frame', gc.is_tracked(exc.__traceback__.tb_frame))
def g():
    yield 1
gen = g()
print('generator', gc.is_tracked(gen))
next(gen)
print('started generator', gc.is_tracked(gen))
gen.close()
print('closed generator', gc.is_tracked(gen))
async def co():
    pass
c = co()
print('coroutine', gc.is_tracked(c))
c.close()
print('genexpr', gc.is_tracked(x for x in ()))
print('exception no tb', gc.is_tracked(ValueError('x')))
def inside():
    fr = sys._getframe()
    return gc.is_tracked(fr), fr
during, fr2 = inside()
print('while running', during, 'after return', gc.is_tracked(fr2))
