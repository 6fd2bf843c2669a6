import itertools

names = ['accumulate', 'batched', 'chain', 'combinations', 'combinations_with_replacement', 'compress', 'count', 'cycle',
         'dropwhile', 'filterfalse', 'groupby', 'islice', 'pairwise', 'permutations', 'product', 'repeat', 'starmap',
         'takewhile', 'zip_longest', '_grouper', '_tee', '_tee_dataobject']
for n in names:
    t = getattr(itertools, n)
    print(n, t, t.__module__, t.__qualname__, t.__name__, iter in [] or hasattr(t, '__next__'), hasattr(t, '__iter__'))
    try:
        class Sub(t):
            pass
    except TypeError as e:
        print('  ', e)
    else:
        print('  subclassable')
    try:
        t.x = 1
    except TypeError as e:
        print('  ', e)
print(itertools.tee, itertools.tee.__module__, itertools.__name__)
print(sorted(n for n in dir(itertools) if not n.startswith('__')))
for n in names:
    t = getattr(itertools, n)
    print(n, sorted(k for k in t.__dict__ if k not in ('__doc__', '__reduce__', '__setstate__', '__getattribute__')))
c = itertools.count()
try:
    c.x = 1
except AttributeError as e:
    print(e)
print(iter(c) is c)
class MyChain(itertools.chain):
    def __init__(self, *a):
        print('init', a)
m = MyChain('ab', 'c')
print(list(m), type(m).__name__)
class MyCycle(itertools.cycle):
    def __init__(self, it, extra):
        self.extra = extra
try:
    MyCycle('ab', 1)
except TypeError as e:
    print(e)
class MyIslice(itertools.islice):
    pass
print(list(MyIslice('abcdef', 1, None, 2)))
print(list(MyIslice('abc', 2, stop=3)) if False else 'ok')
try:
    MyIslice('abc', stop=2)
except TypeError as e:
    print('kw', e)
print(itertools.__doc__)
print(itertools.tee.__module__)
