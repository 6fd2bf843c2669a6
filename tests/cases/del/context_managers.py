# with statements: the manager and the value of `as` live as long as their names.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


class CM:
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print('enter', self.name)
        return D(self.name + '-value')
    def __exit__(self, *exc):
        print('exit', self.name, exc[0].__name__ if exc[0] else None)
        return False
    def __del__(self):
        print('del manager', self.name)


with CM('a') as v:
    print('body', v.name)
print('after with: v still bound')
del v
with CM('b'):
    print('value discarded')
print('after b')
try:
    with CM('c') as v:
        raise ValueError
except ValueError:
    print('caught')
print('after c')
del v


class Suppress(CM):
    def __exit__(self, *exc):
        print('suppress exit', exc[0].__name__)
        return True


with Suppress('s'):
    raise KeyError('x')
print('after s')
with CM('n1') as a, CM('n2') as b:
    print('nested body')
print('after nested')
del a, b


def func():
    with CM('in function') as x:
        return 'returned'


print(func())
print('end')
