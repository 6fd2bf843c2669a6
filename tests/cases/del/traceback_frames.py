# Exceptions keep the frames of their traceback alive; dropping the traceback releases them.
import sys


class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


def fail(tag):
    local = D(tag)
    raise ValueError(tag)


errors = []
for tag in ('e1', 'e2'):
    try:
        fail(tag)
    except ValueError as e:
        errors.append(e)
print('two exceptions stored')
errors[0].__traceback__ = None
print('e1 traceback dropped')
errors[1] = errors[1].with_traceback(None)
print('e2 traceback dropped')
errors.clear()
try:
    fail('e3')
except ValueError as e:
    e.__traceback__.tb_next.tb_frame.clear()
    print('frame cleared inside the handler')
print('after handler')
try:
    fail('e4')
except ValueError:
    info = sys.exc_info()
print('exc_info tuple keeps e4')
del info
print('after del info')


def reraise():
    try:
        fail('e5')
    except ValueError:
        raise


try:
    reraise()
except ValueError as e:
    print('caught reraised')
print('end')
