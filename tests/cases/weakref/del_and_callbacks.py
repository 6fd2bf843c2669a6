# At deallocation __del__ runs first, then the weak references are cleared and their callbacks run.
import weakref


class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name, 'ref inside __del__ alive:', self.ref() is self)


class Item:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('item released', self.name)


d = D('d')
d.ref = weakref.ref(d, lambda r: print('callback, ref dead:', r() is None))
d.item = Item('attribute')
del d
print('-- instance done')
s = {Item('in set')}
rs = weakref.ref(s, lambda r: print('set callback'))
del s
print('-- set: callback before items')
fs = frozenset([Item('in frozenset')])
rf = weakref.ref(fs, lambda r: print('frozenset callback'))
del fs


def make():
    cell_item = Item('closure cell')
    def f():
        return cell_item
    return f


f = make()
rfun = weakref.ref(f, lambda r: print('function callback'))
del f
print('-- function done')


class Resurrect:
    def __del__(self):
        global saved
        saved = self
        print('resurrecting')


r = Resurrect()
wr = weakref.ref(r, lambda ref: print('callback of resurrected object'))
del r
print('weakref still alive after resurrection:', wr() is saved)
del saved
print('second death: callback now')


class Slotted:
    __slots__ = ('a', '__weakref__')
    def __del__(self):
        print('Slotted __del__')


sl = Slotted()
sl.a = Item('slot value')
w = weakref.ref(sl, lambda r: print('Slotted callback'))
del sl
print('end')
