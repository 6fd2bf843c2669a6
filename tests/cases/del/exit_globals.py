# At exit: atexit handlers first (last registered first), then the __main__ globals die.
import atexit


class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)


a = D('a')
b = D('b')
c = D('c')
lst = [D('l0'), D('l1')]
d = {'k': D('dict value')}
atexit.register(print, 'atexit 1')
atexit.register(print, 'atexit 2')
atexit.register(lambda: print('atexit 3 sees a:', a.name))
print('end of script')
