# Reference counts seen from inside __del__, and objects __del__ creates.
import sys


class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, 'refcount inside __del__:', sys.getrefcount(self))


D('temp')
d = D('named')
del d
lst = [D('in list')]
lst.pop()


class Spawner:
    def __del__(self):
        print('Spawner __del__ makes a D')
        D('spawned')
        print('Spawner __del__ done')


Spawner()


class Chain:
    def __init__(self, n):
        self.n = n
    def __del__(self):
        print('Chain', self.n)
        if self.n > 0:
            Chain(self.n - 1)


Chain(3)


class Base:
    pass


class NoBaseDel(Base):
    def __del__(self):
        try:
            super().__del__()
        except AttributeError as e:
            print('AttributeError:', e)


NoBaseDel()


class ObjDel:
    def __del__(self):
        print('object has __del__?', hasattr(object, '__del__'))


ObjDel()
print('end')
