# changing a dict while iterating it, over every iterator kind
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)

def grow(view):
    d = {1: 1, 2: 2}
    it = iter(view(d))
    print(next(it))
    d[3] = 3
    t(lambda: next(it))
    t(lambda: next(it))
    del d[3]
    t(lambda: next(it))

for view in (lambda d: d, dict.keys, dict.values, dict.items, reversed, lambda d: reversed(d.values()), lambda d: reversed(d.items())):
    grow(view)

def same_size():
    d = {1: 1, 2: 2, 3: 3}
    it = iter(d)
    print(next(it))
    del d[1]
    d[4] = 4
    t(lambda: list(it))
    t(lambda: next(it))
same_size()

def values_same_size():
    d = {'a': 1, 'b': 2}
    it = iter(d.items())
    next(it)
    del d['a']
    d['c'] = 3
    t(lambda: list(it))
values_same_size()

def in_loop():
    d = dict.fromkeys(range(5))
    try:
        for k in d:
            d[k + 100] = None
    except RuntimeError as e:
        print(repr(e))
    try:
        for k in d:
            del d[k]
    except RuntimeError as e:
        print(repr(e))
    print(len(d))
in_loop()

# changing values only is allowed
d = {1: 1, 2: 2}
for k in d:
    d[k] = k * 10
print(d)
for k, v in d.items():
    d[k] = v + 1
print(d)
# exhausted iterators stay exhausted
d = {1: 2}
it = iter(d)
print(list(it), list(it))
d[5] = 5
print(list(it))
# the items iterator reuses its result tuple only when nobody holds it
d = {1: 'a', 2: 'b', 3: 'c'}
it = iter(d.items())
x = next(it)
y = next(it)
print(x, y, x is y)
ids = set()
for pair in d.items():
    ids.add(id(pair))
print(len(ids))
# popitem in a loop
d = dict.fromkeys('abc')
while d:
    print(d.popitem())
# unhashable keys
t(lambda: {[]: 1})
t(lambda: {}.setdefault([], 1))
t(lambda: {1: 2}[{}])
t(lambda: {1: 2}.get(set()))
t(lambda: [] in {})
t(lambda: {}.update([([], 1)]))
def ds():
    d = {}
    d[{1}] = 1
t(ds)
def dl():
    del {}[[1]]
t(dl)
