# get, setdefault, pop, popitem, clear, copy and their argument errors
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

d = {'a': 1, 'b': 2, 3: 'c'}
print(d.get('a'), d.get('z'), d.get('z', 0), d.get(3))
t(lambda: d.get())
t(lambda: d.get(1, 2, 3))
t(lambda: d.get(key=1))
t(lambda: d.get([]))
print(d.setdefault('a', 99), d.setdefault('n'), d.setdefault('m', [1]), d)
t(lambda: d.setdefault())
t(lambda: d.setdefault({}, 1))
print(d.pop('n'), d.pop('zz', 'dflt'), d)
t(lambda: d.pop('zz'))
t(lambda: d.pop())
t(lambda: d.pop(1, 2, 3))
t(lambda: d.pop([]))
t(lambda: {}.pop([]))
t(lambda: {}.pop([], 5))
t(lambda: d.pop((1, [2])))
e = {1: 1, 2: 2, 3: 3}
print(e.popitem(), e.popitem(), e)
e[9] = 9
print(e.popitem(), e.popitem(), e)
t(lambda: e.popitem())
t(lambda: e.popitem(1))
c = d.copy()
c['new'] = 1
print(c, d, c == d, c is d)
t(lambda: d.copy(1))
print(d.clear(), d, len(d))
t(lambda: d.clear(1))
# KeyError shows the key's repr
for k in ['x', 1, (1, 2), None, '', 1.5]:
    try:
        {}[k]
    except KeyError as ex:
        print('KeyError', ex, repr(ex), ex.args)
try:
    del {1: 2}[3]
except KeyError as ex:
    print(repr(ex))
# methods as unbound descriptors
print(dict.get({1: 2}, 1), dict.pop({1: 2}, 1), dict.__contains__({1: 2}, 1), dict.__getitem__({1: 2}, 1))
t(lambda: dict.get(1, 2))
t(lambda: dict.keys(1))
t(lambda: dict.__getitem__({}, 1))
t(lambda: {}.__contains__([]))
print(type(dict.__dict__['__getitem__']).__name__, type(dict.__dict__['__contains__']).__name__, type(dict.__dict__['fromkeys']).__name__)
print(dict.__dict__['__getitem__'], dict.__dict__['fromkeys'], dict.__dict__['__len__'])
print(sorted(dict.__dict__))
