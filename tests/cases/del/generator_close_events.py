# Closing a generator (close(), throw(), or its death) resumes its frame: trace and profile events.
import sys


def gen():
    try:
        yield 1
        yield 2
    finally:
        print('  finally runs')


def tracer(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        print('trace', event, repr(arg) if event != 'exception' else arg[0].__name__)
    return tracer


def profiler(frame, event, arg):
    if frame.f_code.co_name == 'gen':
        print('profile', event, repr(arg))


it = gen()
next(it)
sys.settrace(tracer)
next(it)
it.close()
sys.settrace(None)
print('-- close under settrace')
it = gen()
next(it)
sys.settrace(tracer)
try:
    it.throw(KeyError('k'))
except KeyError:
    pass
sys.settrace(None)
print('-- throw under settrace')
it = gen()
next(it)
sys.setprofile(profiler)
it.close()
it = gen()
next(it)
try:
    it.throw(ValueError('v'))
except ValueError:
    pass
sys.setprofile(None)
print('-- profile')
it = gen()
next(it)
sys.settrace(tracer)
del it
sys.settrace(None)
print('-- death under settrace')
print('end')
