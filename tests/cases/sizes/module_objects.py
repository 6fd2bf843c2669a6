# Sizes of objects of C-level module types: itertools, operator, functools, csv, contextvars,
# random, zlib, bz2, decimal, hashes, typing.
import sys
import itertools, operator, functools, csv, contextvars, random, zlib, decimal, hashlib, typing, io

g = sys.getsizeof
print('itertools', g(itertools.count()), g(itertools.cycle([])), g(itertools.filterfalse(None, [])), g(itertools.groupby([])),
      g(itertools.starmap(pow, [])), g(itertools.tee([])[0]), g(itertools.takewhile(None, [])), g(itertools.dropwhile(None, [])),
      g(itertools.compress([], [])), g(itertools.pairwise([])), g(itertools.zip_longest()), g(itertools.batched([], 2)))
print('operator', g(operator.itemgetter(1)), g(operator.attrgetter('a')), g(operator.attrgetter('a', 'b')), g(operator.methodcaller('m', 1)))
@functools.lru_cache
def cached(x):
    return x
print('functools', g(functools.partial(print)), g(cached), g(functools.cmp_to_key(lambda a, b: 0)), g(functools.reduce) > 0)
print('csv', g(csv.reader([])), g(csv.writer(io.StringIO())))
v = contextvars.ContextVar('v')
print('contextvars', g(v), g(v.set(1)), g(contextvars.copy_context()))
print('random', g(random.Random(1)), random.Random(1).__sizeof__())
print('zlib', g(zlib._ZlibDecompressor()), g(zlib.compressobj()) > 0, g(zlib.decompressobj()) > 0)
print('decimal', g(decimal.Decimal(1)), g(decimal.Decimal('1' * 100)), g(decimal.getcontext()), g(decimal.Context()))
print('hashes', g(hashlib.blake2b()), g(hashlib.blake2s()), g(hashlib.sha3_256()), g(hashlib.shake_128()))
print('io', g(io.StringIO()), g(io.BytesIO()), g(io.BytesIO(b'abc')))
