// Leak checks of the binary-data modules (_struct, _random, the hashes, binascii, zlib, _bisect,
// _heapq, cmath): after a program ran, the blocks held by live objects are back to their count.
import { test } from 'node:test';
import { checkNoLeak } from '../lib/leakcheck.ts';

const STRUCT = `
import _struct as S
class Sub(S.Struct):
    pass
total = []
for i in range(ROUNDS):
    s = S.Struct('<ihq5sp?e')
    b = s.pack(i, 2, -3, b'ab', b'x', True, 1.5)
    total.append((s.unpack(b), S.unpack_from('<i', b, 0), S.calcsize('@bq'), s.size, s.format, Sub('>d').pack(0.5)))
    total.append(list(S.iter_unpack('<h', bytes(8))) + list(S.Struct('B').iter_unpack(memoryview(b'abc'))))
    buf = bytearray(16)
    S.pack_into('<qq', buf, 0, i, -i)
    total.append(buf)
    for bad in (lambda: S.pack('i', 'x'), lambda: S.pack('z'), lambda: S.unpack('i', b''), lambda: S.pack('d', 10**400),
                lambda: S.pack_into('i', bytearray(2), 0, 1), lambda: S.Struct(1), lambda: S.iter_unpack('', b'')):
        try:
            bad()
        except (S.error, TypeError) as e:
            total.append(str(e))
print(len(total))
`;

test('_struct releases what it uses', () => {
  checkNoLeak(STRUCT);
});

const RANDOM_HASHES = `
import _random, _sha2, _md5, _sha1, _sha3, _blake2
class R(_random.Random):
    pass
total = []
for i in range(ROUNDS):
    r = R(i)
    st = r.getstate()
    total.append((r.random(), r.getrandbits(100), r.getrandbits(7)))
    r.setstate(st)
    r.seed('abc')
    r.seed(None)
    total.append(_random.Random(2**70).random())
    for f in (_sha2.sha256, _sha2.sha512, _md5.md5, _sha1.sha1, _sha3.sha3_224, _blake2.blake2b, _blake2.blake2s):
        h = f(b'abc')
        c = h.copy()
        c.update(b'def')
        total.append((h.hexdigest(), c.digest(), h.name, h.digest_size, h.block_size))
    total.append(_sha3.shake_128(b'x').hexdigest(9) + _blake2.blake2b(key=b'k', salt=b's', digest_size=9).hexdigest())
    for bad in (lambda: _sha2.sha256('x'), lambda: _random.Random().setstate(()), lambda: _blake2.blake2b(digest_size=99), lambda: _random.Random(1, 2)):
        try:
            bad()
        except (TypeError, ValueError) as e:
            total.append(str(e))
print(len(total))
`;

test('_random and the hash modules release what they use', () => {
  checkNoLeak(RANDOM_HASHES);
});

const BINASCII_ZLIB = `
import binascii, zlib
total = []
data = b'leak check ' * 40
for i in range(ROUNDS):
    total.append((binascii.hexlify(data, '-'), binascii.unhexlify('00ff'), binascii.b2a_base64(data), binascii.a2b_base64('YWJj'), binascii.crc32(data)))
    total.append((binascii.b2a_uu(b'abc'), binascii.a2b_uu(b'#86)C'), binascii.crc_hqx(data, i)))
    c = zlib.compress(data, i % 10)
    total.append((zlib.decompress(c), zlib.adler32(c), zlib.crc32(c)))
    co = zlib.compressobj(zdict=b'leak')
    z = co.compress(data) + co.flush()
    do = zlib.decompressobj(zdict=b'leak')
    total.append((do.decompress(z + b'tail', 5), do.unconsumed_tail, do.decompress(do.unconsumed_tail), do.unused_data, do.eof, do.flush()))
    cc = zlib.compressobj()
    cc.compress(data)
    total.append((cc.copy().flush(), cc.flush()))
    dd = zlib.decompressobj()
    dd.decompress(c[:9], 2)
    total.append((dd.copy().decompress(dd.unconsumed_tail + c[9:]), dd.decompress(dd.unconsumed_tail + c[9:])))
    zd = zlib._ZlibDecompressor()
    total.append((zd.decompress(c, 3), zd.needs_input, zd.decompress(b''), zd.eof))
    for bad in (lambda: binascii.a2b_base64('Y'), lambda: binascii.unhexlify('0'), lambda: zlib.decompress(b'bad'), lambda: zlib.decompress(c[:-3]),
                lambda: zlib.compressobj(zdict=1), lambda: binascii.b2a_uu(b'x' * 50)):
        try:
            bad()
        except (binascii.Error, zlib.error, TypeError) as e:
            total.append(str(e))
print(len(total))
`;

test('binascii and zlib release what they use', () => {
  checkNoLeak(BINASCII_ZLIB);
});

const BISECT_HEAPQ_CMATH = `
import _bisect, _heapq, cmath
class L(list):
    pass
total = []
for i in range(ROUNDS):
    a = list(range(0, 40, 3))
    total.append((_bisect.bisect_left(a, 7), _bisect.bisect_right(a, 9, 2), _bisect.bisect_left(a, 10, key=lambda v: v + 1)))
    _bisect.insort_left(a, 5)
    _bisect.insort_right(a, 6, key=lambda v: -v if False else v)
    b = L([1, 3])
    _bisect.insort(b, 2) if hasattr(_bisect, 'insort') else _bisect.insort_right(b, 2)
    h = []
    for v in (5, 1, 4, 1, 5, 9, 2, 6, i):
        _heapq.heappush(h, (v, str(v)))
    total.append((_heapq.heappop(h), _heapq.heappushpop(h, (0, 'z')), _heapq.heapreplace(h, (7, 'q')), h[:]))
    big = [(j * 7919) % 3001 for j in range(3000)]
    _heapq.heapify(big)
    _heapq._heapify_max(big)
    total.append((_heapq._heappop_max(big), _heapq._heapreplace_max(big, 0)))
    total.append((cmath.sqrt(-1 + i * 1j), cmath.exp(complex(1, i)), cmath.polar(3 + 4j), cmath.log(8, 2), cmath.isclose(1, 1.0), cmath.rect(1, 0.5)))
    for bad in (lambda: _heapq.heappop([]), lambda: _heapq.heappush((), 1), lambda: _bisect.bisect_left(a, 1, -1), lambda: cmath.log(0),
                lambda: cmath.exp(1000), lambda: cmath.sqrt('x')):
        try:
            bad()
        except (IndexError, TypeError, ValueError, OverflowError) as e:
            total.append(str(e))
print(len(total))
`;

test('_bisect, _heapq and cmath release what they use', () => {
  checkNoLeak(BISECT_HEAPQ_CMATH);
});
