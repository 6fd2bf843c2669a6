class C:
    a = 1
    def f(self):
        return 'f'
print(C.__dict__['a'], 'a' in C.__dict__)
print(getattr(C, 'a'), hasattr(C, 'b'), getattr(C(), 'f')())
setattr(C, 'b', 5)
print(C.b, C().b)
delattr(C, 'b')
print(hasattr(C, 'b'))
c = C()
setattr(c, 'z', 9)
print(c.z, vars(c), c.__dict__)
c.__dict__['w'] = 3
print(c.w)
print(type(C.f), type(c.f))
print(c.f.__func__ is C.f, c.f.__self__ is c)
print(C.nope)
