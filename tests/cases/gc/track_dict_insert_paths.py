# Each way of inserting into an untracked dict tracks it when the key or value may be tracked.
import gc
def show(label, d):
    print(label, gc.is_tracked(d))
d = {}
d.setdefault('k', ())
show('setdefault empty tuple', d)
d.setdefault('k', [])
show('setdefault existing key', d)
d.setdefault('l', {})
show('setdefault dict', d)
d = dict.fromkeys({1, 2}, 0)
show('fromkeys set atomic', d)
show('fromkeys set list', dict.fromkeys({1, 2}, []))
show('fromkeys dict list', dict.fromkeys({1: 0}, []))
show('fromkeys frozenset', dict.fromkeys(frozenset('ab'), None))
show('fromkeys iterable', dict.fromkeys(iter('ab'), set()))
d = {}
d[frozenset()] = 1
show('frozenset key', d)
d = {}
d[1] = 2
d[1] = [3]
show('replace with list', d)
d = {i: i for i in range(100)}
show('big atomic', d)
d[50] = lambda: 0
show('big with function', d)
d = dict(zip('abc', range(3)))
show('zip pairs', d)
d = dict([(1, 2)], x=[])
show('pairs and keyword', d)
class K:
    pass
d = {}
d[K] = 1
show('class key', d)
d = {}
d[int] = 1
show('builtin type key', d)
d = {}
d['m'] = print
show('builtin function value', d)
d = {}
d['s'] = 'a' * 1000
d['b'] = b'x'
d['r'] = range(3)
d['o'] = object()
show('atomic values', d)
d['sl'] = slice(1, 2)
show('slice value', d)
def kw(**kwargs):
    return kwargs
show('kwargs atomic', kw(a=1))
show('kwargs list', kw(a=[]))
show('globals', globals())
