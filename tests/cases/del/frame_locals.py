# A traceback keeps the frames of finished functions, and with them their locals, alive.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


def fail():
    a = D('a')
    b = D('b')
    raise ValueError('x')


try:
    fail()
except ValueError as e:
    tb = e.__traceback__
print('handler left; tb kept')
frame = tb.tb_next.tb_frame
print(sorted(frame.f_locals))
print(frame.f_locals['a'].name, frame.f_code.co_name, frame.f_lineno)
del tb
print('tb deleted; frame object still held')
del frame
print('frame deleted')


def outer():
    o = D('outer-local')
    inner()


def inner():
    i = D('inner-local')
    raise KeyError('k')


try:
    outer()
except KeyError as e:
    err = e
print('both frames alive')
print(sorted(err.__traceback__.tb_next.tb_frame.f_locals))
err = None
print('err released')
import sys


def getframe():
    x = D('x')
    return sys._getframe()


f = getframe()
print('frame returned', f.f_code.co_name, sorted(f.f_locals))
f = None
print('frame released')


def plain():
    y = D('y')
    sys._getframe()
    return 1


plain()
print('frame object not kept: y released on return')


def gen():
    g = D('gen-local')
    yield sys._getframe()


it = gen()
fr = next(it)
del it
print('generator closed, frame kept')
print(fr.f_code.co_name)
del fr
print('end')
