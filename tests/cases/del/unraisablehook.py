# sys.unraisablehook receives the exceptions of __del__ and weakref callbacks.
import sys
import weakref


def hook(u):
    print('hook:', u.exc_type.__name__, u.exc_value, u.err_msg, type(u.object).__name__, u.exc_traceback is not None)


sys.unraisablehook = hook


class Bad:
    def __del__(self):
        raise ValueError('in __del__')


Bad()
print('after Bad')


class C:
    pass


c = C()
r = weakref.ref(c, lambda ref: 1 / 0)
del c
print('after callback')


def bad_hook(u):
    raise RuntimeError('hook failed')


sys.unraisablehook = bad_hook
Bad()
sys.stderr.flush()
print('after bad hook')
sys.unraisablehook = sys.__unraisablehook__
Bad()
sys.stderr.flush()
print('end')
