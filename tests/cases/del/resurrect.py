# PEP 442: __del__ runs once; a resurrected object survives; its second death does not call __del__ again.
class R:
    saved = []
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('__del__', self.name)
        R.saved.append(self)


r = R('r1')
del r
print('resurrected:', [x.name for x in R.saved])
x = R.saved.pop()
print('popped', x.name)
del x
print('second death: no __del__')
print(R.saved)


class Once:
    count = 0
    def __del__(self):
        Once.count += 1
        global keep
        keep = self


Once()
print('count', Once.count)
k = keep
keep = None
print('still alive', type(k).__name__)
del k
print('count after second death', Once.count)


class Attr:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del Attr', self.name)


class Keeper:
    def __init__(self):
        self.child = Attr('child')
    def __del__(self):
        global revived
        revived = self
        print('Keeper resurrected')


Keeper()
print('child still alive:', revived.child.name)
revived = None
print('keeper gone for good, child released above')


class Temp:
    def __del__(self):
        Temp.last = self
        print('temp del')


for i in range(3):
    Temp()
print('three temporaries, each resurrected into Temp.last, previous freed')
del Temp.last
print('end')
