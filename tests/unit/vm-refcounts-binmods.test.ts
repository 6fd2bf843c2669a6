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
