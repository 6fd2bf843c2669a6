# Cycles through dicts that started untracked, or that a collection untracked, are collected.
import gc
gc.collect()
d = {}
d['self'] = d
del d
print('self cycle', gc.collect())
d = {'a': 1}
gc.collect()
print('untracked', gc.is_tracked(d))
d['l'] = [d]
print('tracked again', gc.is_tracked(d))
del d
print('cycle through list', gc.collect())
class A:
    pass
a = A()
a.v = 1
ad = a.__dict__
print('instance dict', gc.is_tracked(ad))
a.me = a
del a, ad
print('instance cycle', gc.collect())
e = {}
e.setdefault('x', e)
del e
print('setdefault cycle', gc.collect())
f = {}
f.update({'f': f})
del f
print('update cycle', gc.collect())
g = dict.fromkeys('abc')
for k in g:
    g[k] = g
del g, k
print('fromkeys cycle', gc.collect())
h = {'k': 1}
c = h.copy()
c['h'] = c
del h, c
print('copy cycle', gc.collect())
objs = {id(o) for o in gc.get_objects()}
x = {'a': 1}
print('in get_objects', id(x) in {id(o) for o in gc.get_objects()})
x['b'] = []
print('in get_objects after list', id(x) in {id(o) for o in gc.get_objects()})
