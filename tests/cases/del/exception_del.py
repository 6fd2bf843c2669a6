# Exception instances with __del__: when raised, caught, chained or stored.
class E(Exception):
    def __del__(self):
        print('del', self.args[0])


try:
    raise E('plain')
except E:
    print('in handler')
print('after handler')
try:
    try:
        raise E('first')
    except E:
        raise E('second')
except E as e:
    print('context is first:', e.__context__.args[0])
print('after chain')
try:
    raise E('suppressed') from None
except E:
    pass
print('after from None')
try:
    raise E('cause') from E('the cause')
except E:
    pass
print('after from')


def f():
    try:
        raise E('in f')
    finally:
        print('finally in f')


try:
    f()
except E:
    print('caught from f')
g = E('never raised')
del g
try:
    raise E('group member')
except E as e:
    eg = ExceptionGroup('g', [e])
del eg
print('end')
