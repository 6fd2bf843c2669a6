// Leak checks of _crypt and _bz2: after a program ran, the blocks held by live objects are back
// to their count.
import { test } from 'node:test';
import { checkNoLeak } from '../lib/leakcheck.ts';

const CRYPT = `
import _crypt
total = []
for i in range(ROUNDS):
    for s in ('ab', '$1$abc', '$5$rounds=1000$x', '$6$rounds=1000$y', '$2b$04$abcdefghijklmnopqrstuu', '*0', 'ab' + 'c' * 12, '$3$', '$sha1$3$salt$'):
        total.append(_crypt.crypt('word %d' % i * 3, s))
    for bad in ((1, 'ab'), ('a\\0', 'ab'), ('\\udc80', 'ab'), ('a',)):
        try:
            _crypt.crypt(*bad)
        except (TypeError, ValueError) as e:
            total.append(str(e))
print(len(total))
`;

test('_crypt releases what it uses', () => {
  checkNoLeak(CRYPT);
});

const BZ2 = `
import _bz2
total = []
data = b'some data to compress ' * 300
for i in range(ROUNDS):
    c = _bz2.BZ2Compressor(1 + i % 9)
    z = c.compress(data) + c.flush()
    d = _bz2.BZ2Decompressor()
    total.append((d.decompress(z[:40], 5), d.needs_input, d.decompress(z[40:] + b'extra'), d.eof, d.unused_data))
    e = _bz2.BZ2Decompressor()
    total.append((len(e.decompress(z + z)), len(e.unused_data), e.needs_input))
    for bad in (lambda: _bz2.BZ2Compressor(0), lambda: c.flush(), lambda: c.compress(b'x'), lambda: d.decompress(b'x'),
                lambda: _bz2.BZ2Decompressor().decompress(b'BZh0'), lambda: _bz2.BZ2Decompressor().decompress('x')):
        try:
            bad()
        except (ValueError, EOFError, OSError, TypeError) as e:
            total.append(str(e))
print(len(total))
`;

test('_bz2 releases what it uses', () => {
  checkNoLeak(BZ2);
});
