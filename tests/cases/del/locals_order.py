# Order in which a frame's variables die: fast locals, cells, then the value stack.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


def f(arg):
    first = D('first local')
    cell = D('cell variable')
    last = D('last local')
    def inner():
        return cell
    return None


f(D('argument'))
print('-- f')


def g():
    a = D('a')
    b = D('b')
    a = D('a again')
    del b
    print('inside g')


g()
print('-- g')


def h(*args, **kwargs):
    x = D('x')
    return len(args)


h(D('star0'), D('star1'), kw=D('kw'))
print('-- h')


def outer():
    shared = D('shared cell')
    def middle():
        def inner():
            return shared
        return inner
    return middle()


fn = outer()
print('closure chain alive')
del fn
print('end')
