import itertools
from itertools import product, permutations, combinations, combinations_with_replacement, zip_longest

def check(f, *a, **k):
    try:
        r = f(*a, **k)
        if hasattr(r, '__next__'):
            r = list(r)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

print(list(product('ab', range(2))), list(product()), list(product('ab', repeat=2)), list(product('ab', [], 'c')))
print(list(product('ab', repeat=0)), list(product(repeat=3)), list(product([1, 2], repeat=1)))
check(product, 'ab', repeat=-1)
check(product, 'ab', repeat='x')
check(product, 'ab', foo=1)
check(product, 'ab', repeat=1, foo=1)
check(product, 1)
check(product, 'ab', repeat=2**62)
p = product('ab', 'cd')
r1 = next(p)
r2 = next(p)
print(r1, r2, r1 is r2)

print(list(permutations('abc')), list(permutations('abcd', 2)), list(permutations(range(3), 0)))
print(list(permutations('ab', 3)), list(permutations([])), list(permutations('abc', None)), list(permutations(iterable='ab', r=1)))
check(permutations, 'ab', -1)
check(permutations, 'ab', 'x')
check(permutations, 'ab', 1.0)
check(permutations)
check(permutations, 1)
check(permutations, 'ab', 2, 3)
print(len(list(permutations(range(6)))))

print(list(combinations('abcd', 2)), list(combinations(range(4), 3)), list(combinations('abc', 0)), list(combinations('abc', 4)))
print(list(combinations([], 0)), list(combinations(iterable='abc', r=3)))
check(combinations, 'abc', -1)
check(combinations, 'abc')
check(combinations, 'abc', 'x')
check(combinations, 'abc', 2**64)
check(combinations, 1, 2)
print(len(list(combinations(range(12), 5))))

print(list(combinations_with_replacement('abc', 2)), list(combinations_with_replacement([], 2)), list(combinations_with_replacement([], 0)))
print(list(combinations_with_replacement('ab', 0)), list(combinations_with_replacement('ab', 3)))
check(combinations_with_replacement, 'abc', -1)
check(combinations_with_replacement, 'abc')
check(combinations_with_replacement, r=2)
print(len(list(combinations_with_replacement(range(7), 4))))

print(list(zip_longest('abc', [1])), list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()), list(zip_longest('')))
print(list(zip_longest('a', [], [1, 2, 3])), list(zip_longest([1, 2])))
check(zip_longest, 1)
check(zip_longest, 'a', fill=1)
check(zip_longest, 'a', fillvalue=1, x=2)
def boom():
    yield 1
    raise ValueError('boom')
z = zip_longest(boom(), 'abc')
print(next(z))
check(next, z)
check(next, z)
z = zip_longest('a', 'bc')
r1 = next(z)
print(r1, next(z), r1)
