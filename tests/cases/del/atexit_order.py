# atexit handlers run last registered first; errors in them are reported and the others still run.
import atexit
import sys


def handler(name, *args, **kw):
    print('handler', name, args, sorted(kw.items()))


def bad():
    raise ValueError('bad handler')


def exits():
    sys.exit(7)


atexit.register(handler, 'first')
atexit.register(bad)
atexit.register(handler, 'second', 1, 2, k=3)
atexit.register(exits)
atexit.register(handler, 'third')
atexit.register(handler, 'removed')
atexit.unregister(handler)
atexit.register(handler, 'after unregister')
print(atexit._ncallbacks())


@atexit.register
def decorated():
    print('decorated handler')


print('end of script')
