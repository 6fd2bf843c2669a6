import itertools
from itertools import *
def add(a, b): return a + b
def mul(a, b): return a * b
def sub(a, b): return a - b

def check(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

def boom():
    yield 1
    yield 2
    raise ValueError('boom')

# accumulate
print(list(accumulate([1, 2, 3, 4])), list(accumulate([1, 2, 3], mul)), list(accumulate([])))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=100)), list(accumulate('abc')))
print(list(accumulate([3, 1, 4, 1, 5], max)), list(accumulate([1, 2], func=None, initial=None)))
print(list(accumulate(iterable=[1, 2], func=sub)))
check(accumulate)
check(accumulate, [1], add, 3)
check(accumulate, [1], x=1)
check(accumulate, 1)
check(accumulate, [1, 'a'])
check(accumulate, [1, 2], 5)
a = accumulate(boom())
print(next(a), next(a))
check(next, a)

# batched
print(list(batched('abcdefg', 3)), list(batched([], 2)), list(batched(range(4), 2)), list(batched('ab', 5)))
print(list(batched(iterable='abc', n=1)))
check(batched, 'abc', 0)
check(batched, 'abc', -1)
check(batched, 'abc')
check(batched, 'abc', 1.5)
check(batched, 'abc', 2**64)
check(batched, 3, 2)
b = batched(boom(), 5)
check(next, b)
check(next, b)

# chain
print(list(chain('ab', [1, 2], (), range(2))), list(chain()), list(chain.from_iterable(['ab', 'cd'])))
print(list(chain.from_iterable([])), chain.__class_getitem__(int), chain[int])
check(chain, 1)
check(lambda: list(chain([1], 1)))
check(chain, x=1)
check(chain.from_iterable, 1)
check(lambda: list(chain.from_iterable([1])))
ch = chain(boom(), [3])
print(next(ch), next(ch))
check(next, ch)
print(next(ch))
check(next, ch)

# compress
print(list(compress('abcdef', [1, 0, 1, 0, 1, 1])), list(compress('abc', [1, 1])), list(compress('ab', [0, 1, 1, 1])))
print(list(compress(data='ab', selectors=[1, 1])))
check(compress, 'abc')
check(compress, 'abc', 1)
check(compress, 1, [])
check(compress, 'a', [1], 3)
class Bad:
    def __bool__(self): raise ZeroDivisionError('bool')
check(lambda: list(compress('ab', [Bad()])))

# dropwhile / takewhile
print(list(dropwhile(lambda x: x < 5, [1, 4, 6, 4, 1])), list(takewhile(lambda x: x < 5, [1, 4, 6, 4, 1])))
print(list(dropwhile(bool, [])), list(takewhile(bool, [])), list(takewhile(bool, [1, 0, 1])))
check(dropwhile, bool)
check(dropwhile, bool, [], 1)
check(dropwhile, bool, [1], x=2)
check(takewhile)
check(takewhile, bool, 1)
check(takewhile, predicate=bool, iterable=[])
check(lambda: list(dropwhile(1, [1])))
check(lambda: list(takewhile(lambda x: 1 / x, [1, 0])))
t = takewhile(lambda x: x, [1, 0, 1])
print(list(t), list(t))

# filterfalse
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, '', 'a', [], None])))
print(list(filterfalse(bool, [0, 1, 2])))
check(filterfalse, None)
check(filterfalse, None, 1)
check(lambda: list(filterfalse(len, [1])))

# starmap
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(add, ['ab', [1, 2]])))
print(list(starmap(lambda *a: a, [(), (1,)])))
check(starmap, pow)
check(lambda: list(starmap(pow, [1])))
check(lambda: list(starmap(pow, [(1, 2, 3, 4)])))
check(starmap, pow, 1)

# islice
print(list(islice('abcdefg', 2)), list(islice('abcdefg', 2, 4)), list(islice('abcdefg', 2, None)), list(islice('abcdefg', 0, None, 2)))
print(list(islice('abcdefg', None)), list(islice('abcdefg', None, None, None)), list(islice('abcdefg', 1, 100, 3)), list(islice(count(), 3, 10, 3)))
print(list(islice('abc', 5, 2)), list(islice('abc', 0)), list(islice('abc', True, 3)))
import sys
print(list(islice('abc', sys.maxsize)), list(islice('abc', 1, sys.maxsize, sys.maxsize)))
check(islice, 'abc')
check(islice, 'abc', -1)
check(islice, 'abc', -2)
check(islice, 'abc', 'x')
check(islice, 'abc', 1.5)
check(islice, 'abc', -1, 2)
check(islice, 'abc', 'a', 2)
check(islice, 'abc', 1, -1)
check(islice, 'abc', 1, -5)
check(islice, 'abc', 1, 2, 0)
check(islice, 'abc', 1, 2, -1)
check(islice, 'abc', 1, 2, 'x')
check(islice, 'abc', 1, 2, 3, 4)
check(islice, 'abc', stop=2)
check(islice, 1, 2)
check(islice, 'abc', 2**100)
it = iter('abcdefg')
print(list(islice(it, 1, 3)), list(it))
it = iter(range(10))
s = islice(it, 2, 6, 2)
print(next(s), next(s), list(s), next(it))
s = islice(boom(), 5)
print(next(s), next(s))
check(next, s)
check(next, s)

# pairwise
print(list(pairwise('abcd')), list(pairwise('a')), list(pairwise('')), list(pairwise(range(3))))
check(pairwise)
check(pairwise, 1)
check(pairwise, 'ab', 'c')
check(pairwise, iterable='ab')
p = pairwise(boom())
print(next(p))
check(next, p)
check(next, p)
