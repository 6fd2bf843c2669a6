class Data:
    def __get__(self, obj, objtype=None):
        return 'data-get'
    def __set__(self, obj, value):
        print('set', value)
class NonData:
    def __get__(self, obj, objtype=None):
        return 'nondata-get'
class C:
    d = Data()
    n = NonData()
c = C()
print(c.d, c.n, C.d, C.n)
c.d = 5
c.__dict__['d'] = 'inst'
c.__dict__['n'] = 'inst-n'
print(c.d, c.n)
class Getattr:
    x = 1
    def __getattr__(self, name):
        return 'missing:' + name
g = Getattr()
print(g.x, g.y, getattr(g, 'zz'))
class GA:
    def __getattribute__(self, name):
        if name == 'magic':
            return 42
        return object.__getattribute__(self, name)
ga = GA()
ga.k = 3
print(ga.magic, ga.k)
class SA:
    def __setattr__(self, name, value):
        object.__setattr__(self, name, value * 2)
sa = SA()
sa.v = 4
print(sa.v)
print(ga.nothing)
