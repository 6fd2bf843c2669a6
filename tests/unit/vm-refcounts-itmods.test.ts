// Leak checks of the native modules itertools, _collections, _functools and _operator: after a
// program ran and its module was released, the blocks held by live objects are back to their count.
import { test } from 'node:test';
import { checkNoLeak } from '../lib/leakcheck.ts';

const ITERTOOLS = `
import itertools as it
def boom():
    yield 1
    yield 2
    raise ValueError('boom')
def drain(x):
    try:
        return list(x)
    except (ValueError, TypeError):
        return 'err'
class Sub(it.count):
    pass
total = []
for i in range(ROUNDS):
    total.append(list(it.islice(it.count(i), 3)) + list(it.islice(it.count(2**63 - 2), 3)) + list(it.islice(it.count(0.5, 0.25), 2)))
    total.append(list(it.islice(it.cycle('abc'), 7)) + list(it.repeat(i, 3)) + [repr(it.repeat([i], 2)), repr(it.count(i, 2)), repr(Sub(i))])
    total.append(list(it.accumulate(range(i))) + list(it.accumulate([1, 2], initial=i)) + list(it.batched(range(i), 3)))
    total.append(list(it.chain('ab', range(i))) + list(it.chain.from_iterable(['xy', 'z'])) + list(it.compress(range(i), it.cycle([1, 0]))))
    total.append(list(it.dropwhile(lambda x: x < 3, range(i))) + list(it.takewhile(lambda x: x < 3, range(i))) + list(it.filterfalse(None, range(i))))
    total.append(list(it.starmap(pow, [(2, i), (3, 2)])) + list(it.pairwise(range(i))) + list(it.zip_longest('ab', range(i), fillvalue=0)))
    total.append([(k, list(g)) for k, g in it.groupby('aabbbc' * i)] + [k for k, g in it.groupby(range(i), key=lambda x: x // 3)])
    a, b, c = it.tee(range(100 + i), 3)
    total.append((sum(a), list(it.islice(b, 60)), sum(c), list(b)[:2], list(it.tee(iter('ab'))[1].__copy__())))
    total.append(list(it.product('ab', range(i % 4), repeat=2)) + list(it.permutations(range(i % 5), 2)) + list(it.combinations(range(i % 6), 3)))
    total.append(list(it.combinations_with_replacement('abc', i % 4)) + [it.product('ab').__sizeof__(), it.permutations('abc').__sizeof__()])
    total.append([drain(f(boom())) for f in (it.cycle, it.accumulate, lambda x: it.batched(x, 5), it.chain, it.pairwise, lambda x: it.islice(x, 9), lambda x: it.zip_longest(x, 'a'))])
    total.append([drain(f) for f in (it.tee(boom())[0], it.groupby(boom()), it.starmap(pow, boom()), it.compress(boom(), it.repeat(1)))])
    for bad in (lambda: it.count('a'), lambda: it.repeat(), lambda: it.islice('a', -1), lambda: it.batched('a', 0), lambda: it.product('a', repeat=-1),
                lambda: it.permutations('a', 'x'), lambda: it.combinations('ab', -1), lambda: it.tee('a', -1), lambda: it.zip_longest(1), lambda: it.chain(x=1)):
        try:
            bad()
        except (TypeError, ValueError) as e:
            total.append(str(e))
    g = it.groupby('aabb')
    k, g1 = next(g)
    k, g2 = next(g)
    total.append((list(g1), list(g2)))
print(len(total))
`;

test('itertools releases what it uses', () => {
  checkNoLeak(ITERTOOLS);
});

const COLLECTIONS = `
from _collections import deque, defaultdict, _tuplegetter, _count_elements, _deque_iterator
class D(deque):
    pass
class P(tuple):
    x = _tuplegetter(0, 'first')
class Eq:
    def __eq__(self, o):
        dd.clear()
        return False
total = []
for i in range(ROUNDS):
    d = deque(range(i + 70), maxlen=100)
    d.append(i); d.appendleft([i]); d.extend('abc'); d.extendleft(range(5)); d.rotate(7); d.rotate(-30); d.reverse()
    d.insert(3, 'x'); del d[5]; d[2] = (i,); d.remove('x') if 'x' in d else None
    total.append((len(d), d.count(1), d.index(2), d.pop(), d.popleft(), repr(deque('ab', 3)), d.copy() == d, d + deque([1]), d * 2, list(reversed(d))[:3]))
    d += [1, 2]; d *= 2; d.extend(d); total.append((len(d), d.__sizeof__(), repr(D('xy', 4)), D('ab').copy(), list(_deque_iterator(d, 3))[:2]))
    r = deque([1]); r.append(r); total.append(repr(r)); r.clear()
    it = iter(d); next(it); d.append(0)
    for bad in (lambda: next(it), lambda: deque().pop(), lambda: d[1000], lambda: deque(maxlen=-1), lambda: deque([1], 1).insert(0, 2), lambda: d.index('zz'),
                lambda: deque('a') + [1], lambda: deque('a') < [1]):
        try:
            bad()
        except (RuntimeError, IndexError, ValueError, TypeError) as e:
            total.append(str(e))
    dd = deque([Eq(), 1])
    try:
        dd.count(1)
    except RuntimeError as e:
        total.append(str(e))
    f = defaultdict(list, a=[i])
    f['b'].append(i); f['c']
    g = f.copy(); h = f | {'z': 1}; h2 = {'q': 2} | f; f |= {'y': 2}
    total.append((repr(f), repr(g), repr(h), repr(h2), f.__reduce__()[1], defaultdict(None, x=1)))
    rec = defaultdict(list); rec['self'] = rec; total.append(repr(rec)); rec.clear()
    try:
        defaultdict()['missing']
    except KeyError as e:
        total.append(repr(e))
    p = P((i, 2))
    total.append((p.x, P.x.__doc__, P.x.__reduce__()))
    c = {}
    _count_elements(c, 'abracadabra' * (i + 1))
    cd = defaultdict(int)
    _count_elements(cd, [1, 2, 1])
    total.append((c, cd))
print(len(total))
`;

test('_collections releases what it uses', () => {
  checkNoLeak(COLLECTIONS);
});

const FUNCTOOLS = `
import _functools as F
def add(a, b):
    return a + b
def show(*a, **k):
    return a, k
def info(*a):
    return a
class P(F.partial):
    pass
class C:
    m = F._lru_cache_wrapper(lambda self, x: x, 4, False, info)
total = []
for i in range(ROUNDS):
    total.append((F.reduce(add, range(i + 3)), F.reduce(add, [], i), F.reduce(add, ['a', 'b'], 'c')))
    for bad in (lambda: F.reduce(add, []), lambda: F.reduce(add, 1), lambda: F.partial(1), lambda: F.cmp_to_key(len)(1) < 2,
                lambda: F._lru_cache_wrapper(len, 'x', False, info), lambda: F.partial(show, 1).__setstate__((1, 2))):
        try:
            bad()
        except TypeError as e:
            total.append(str(e))
    p = F.partial(show, i, k=[i])
    q = F.partial(p, 2, z=3)
    total.append((p(1), p(1, k=0, w=2), q(), repr(q), repr(P(len, 'ab')), P(len, 'ab')(), q.__reduce__()[2][1:3]))
    q.__setstate__((show, (1,), {'a': 2}, {'attr': 1}))
    total.append((q(), q.attr))
    K = F.cmp_to_key(lambda a, b: (a > b) - (a < b))
    total.append((sorted(range(i + 5, 0, -1), key=K), K(1) < K(2), K(3) == K(3), K(i).obj))
    calls = []
    def f(x, y=0):
        calls.append(x)
        return [x, y]
    for maxsize, typed in ((2, False), (None, False), (0, False), (3, True)):
        w = F._lru_cache_wrapper(f, maxsize, typed, info)
        for x in (1, 2, 1, 3, 1.0, 4, 2, 'a', 'a'):
            w(x)
        w(1, y=2); w(1, y=2)
        try:
            w([1])
        except TypeError:
            pass
        total.append((w.cache_info(), len(calls)))
        w.cache_clear()
    total.append(C().m(i))
    C.m.cache_clear()
print(len(total))
`;

test('_functools releases what it uses', () => {
  checkNoLeak(FUNCTOOLS);
});

const OPERATOR = `
import _operator as o
class M:
    def __matmul__(self, other): return 'mm'
total = []
for i in range(ROUNDS):
    total.append([getattr(o, n)(i + 7, 3) for n in ('add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor',
                                                     'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'is_', 'is_not', 'iadd', 'isub', 'imul', 'ipow', 'ixor')])
    l = [i]
    total.append((o.iadd(l, [2]), o.iconcat(l, (3,)), o.concat('a', str(i)), o.neg(i), o.abs(-i), o.index(i), o.not_(i), o.truth(i), o.matmul(M(), 1)))
    d = {}
    o.setitem(d, str(i), [i]); total.append((o.getitem(d, str(i)), o.contains(d, str(i)), o.countOf([1, i], i), o.indexOf([1, i], i)))
    o.delitem(d, str(i))
    total.append((o.length_hint(iter(range(i))), o.length_hint(object(), i), o.call(max, [i, 2], key=lambda x: -x), o._compare_digest(b'ab', bytearray(b'ab'))))
    ig, ag, mc = o.itemgetter(0, -1), o.attrgetter('real', '__class__.__name__'), o.methodcaller('split', ',', maxsplit=1)
    total.append((ig([i, 2, 3]), o.itemgetter(1)('ab'), ag(i), mc('a,b,c'), repr(ig), repr(ag), repr(mc), ig.__reduce__(), ag.__reduce__(), mc.__reduce__()))
    for bad in (lambda: o.add(1, 'a'), lambda: o.concat(1, 2), lambda: o.contains(1, 2), lambda: o.itemgetter(5)([]), lambda: o.attrgetter('x.y')(1),
                lambda: o.methodcaller('nope')(1), lambda: o._compare_digest('a', b'a'), lambda: o.indexOf([], 1), lambda: o.length_hint(1, 'x')):
        try:
            bad()
        except (TypeError, ValueError, IndexError, AttributeError) as e:
            total.append(str(e))
print(len(total))
`;

test('_operator releases what it uses', () => {
  checkNoLeak(OPERATOR);
});
