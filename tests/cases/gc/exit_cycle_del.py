# At exit, a collection runs before the modules go (finalizers of cyclic garbage see the globals),
# and __main__'s dict, in a cycle with its functions and classes, is collected as a whole: its
# objects' __del__ methods run while the globals are still set.
X = 'global-x'
class A:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('del', self.name, X)
a = A('cycle'); a.me = a
b = A('plain')
c = A('cycle2'); c.me = c
del a
print('end')
