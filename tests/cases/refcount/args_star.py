# Refcounts of objects passed through *args and **kwargs, and of those containers themselves.
import sys
rc = sys.getrefcount
o = object()
def star(*args):
    return rc(args), rc(args[0]), len(args)
print(star(o), star(o, o), rc(o))
def dstar(**kw):
    return rc(kw), rc(kw['x'])
print(dstar(x=o), rc(o))
def both(*a, **k):
    return rc(a), rc(k), rc(o)
print(both(o, y=o))
t = (o, o)
print(star(*t), rc(t))
lst = [o, o]
print(star(*lst))
d = {'x': o}
print(dstar(**d), rc(d))
def keep(*args):
    global saved
    saved = args
keep(o, o)
print(rc(saved), rc(o))
del saved
print(rc(o))
def keepkw(**kw):
    global savedkw
    savedkw = kw
keepkw(x=o)
print(rc(savedkw), rc(o))
del savedkw
print(rc(o))
def fwd(*a, **k):
    return star(*a, **k)
print(fwd(o))
