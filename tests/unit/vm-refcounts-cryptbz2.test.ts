// Leak checks of _crypt and _bz2: after a program ran, the blocks held by live objects are back
// to their count.
import { test } from 'node:test';
import { checkNoLeak } from '../lib/leakcheck.ts';

const CRYPT = `
import _crypt
total = []
for i in range(ROUNDS):
    for s in ('ab', '$1$abc', '$5$rounds=1000$x', '$6$rounds=1000$y', '$2b$04$abcdefghijklmnopqrstuu', '*0', 'ab' + 'c' * 12):
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
