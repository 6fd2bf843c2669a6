# The gc module's docstring and each function's __doc__ and __text_signature__, split from the
# internal docstring as CPython does (no signature for the METH_VARARGS functions).
import gc
print(gc.__doc__)
for name in sorted(dir(gc)):
    f = getattr(gc, name)
    if not callable(f) or name.startswith('__'):
        continue
    print(f'== {name} {f.__text_signature__!r} {f.__name__} {f.__qualname__} {f.__module__} {f.__self__ is gc}')
    print(f.__doc__)
