# `except E as e` deletes e at the end of the handler; the exception holds its traceback and frames.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


class E(Exception):
    def __del__(self):
        print('del exception', self.args[0])


try:
    raise E('one')
except E as e:
    print('handling', e.args[0])
print('after handler')
try:
    e
except NameError as ne:
    print('NameError:', ne)


def f():
    local = D('frame-local')
    raise E('two')


try:
    f()
except E as e:
    print('caught two; the traceback keeps f frame alive')
print('after second handler')


def g():
    try:
        f()
    except E:
        print('bare except in g')
    print('g done')


g()
print('after g')
saved = None
try:
    raise E('three')
except E as e:
    saved = e
print('saved survives:', saved.args[0])
saved = None
print('saved released')
try:
    try:
        raise E('inner')
    except E as e:
        raise E('outer') from e
except E as e2:
    print('outer caught, cause', e2.__cause__.args[0])
print('after chained')
try:
    raise E('four')
except E:
    pass
print('after anonymous handler')
print('end')
