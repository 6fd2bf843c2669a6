# Every way of putting a container into a dict makes the dict tracked.
import gc
d = {}
d.update({'a': 1})
print('update atomic', gc.is_tracked(d))
d.update({'b': []})
print('update list', gc.is_tracked(d))
d = {}
d.update(b=[1])
print('update kw', gc.is_tracked(d))
d = {}
d.setdefault('a', 1)
print('setdefault atomic', gc.is_tracked(d))
d.setdefault('b', [])
print('setdefault list', gc.is_tracked(d))
print('comp atomic', gc.is_tracked({i: i for i in range(3)}))
print('comp list', gc.is_tracked({i: [i] for i in range(3)}))
print('dict() atomic', gc.is_tracked(dict(a=1, b=2)))
print('dict() list', gc.is_tracked(dict(a=[])))
print('dict(pairs)', gc.is_tracked(dict([('a', 1)])), gc.is_tracked(dict([('a', [])])))
print('fromkeys atomic', gc.is_tracked(dict.fromkeys('abc', 0)))
print('fromkeys list', gc.is_tracked(dict.fromkeys('abc', [])))
print('fromkeys default', gc.is_tracked(dict.fromkeys('abc')))
a = {'x': 1}
print('copy atomic', gc.is_tracked(a.copy()))
b = {'x': []}
print('copy list', gc.is_tracked(b.copy()))
print('dict(d)', gc.is_tracked(dict(a)), gc.is_tracked(dict(b)))
print('union', gc.is_tracked(a | {'y': 2}), gc.is_tracked(a | b))
c = {'x': 1}
c |= {'y': []}
print('ior', gc.is_tracked(c))
