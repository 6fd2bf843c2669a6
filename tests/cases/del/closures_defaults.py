# Objects held by closures, default arguments, bound methods and class attributes.
class D:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name)
    def method(self):
        return self.name


def make():
    captured = D('captured')
    def inner():
        return captured.name
    return inner


f = make()
print(f())
del f
print('closure gone')


def with_default(x=D('default')):
    return x.name


print(with_default())
del with_default
print('function with default gone')
m = D('bound').method
print(m())
del m
print('bound method gone')


class Holder:
    attr = D('class attr')


print(Holder.attr.name)
Holder.attr = None
print('class attr replaced')
Holder.other = D('other')
del Holder.other
print('class attr deleted')
lam = (lambda d=D('lambda default'): d)
del lam
g = lambda: None
g.attr = D('function attribute')
del g
print('end')
