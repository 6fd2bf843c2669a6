# Frame objects of generators, coroutines and callers: untracked while the frame exists.
import gc, sys
def g():
    yield sys._getframe()
    yield 2
it = g()
fr = next(it)
print('suspended generator frame', gc.is_tracked(fr), gc.is_tracked(it.gi_frame))
it.close()
print('closed generator frame', gc.is_tracked(fr))
print('gi_frame after close', it.gi_frame)
def h():
    yield 1
it2 = h()
print('unstarted gi_frame', gc.is_tracked(it2.gi_frame))
f2 = it2.gi_frame
del it2
print('unstarted frame after generator dies', gc.is_tracked(f2))
def outer():
    return inner()
def inner():
    return sys._getframe(1), sys._getframe()
caller, callee = outer()
print('caller', gc.is_tracked(caller), 'callee', gc.is_tracked(callee))
print('f_back of callee is caller', callee.f_back is caller)
def deep():
    try:
        raise ValueError
    except ValueError as e:
        return e
exc = deep()
tb = exc.__traceback__
print('tb frame of finished call', gc.is_tracked(tb.tb_frame))
print('module frame', gc.is_tracked(sys._getframe()))
async def co():
    return sys._getframe()
c = co()
print('coroutine frame before', gc.is_tracked(c.cr_frame))
try:
    c.send(None)
except StopIteration as s:
    print('coroutine frame returned', gc.is_tracked(s.value))
def lf():
    return [sys._getframe() for _ in range(1)][0]
print('comprehension frame', gc.is_tracked(lf()))
print('genexpr frame', gc.is_tracked(next(sys._getframe() for _ in range(1))))
