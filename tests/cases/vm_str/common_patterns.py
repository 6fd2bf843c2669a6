class P:
    def __init__(self, x):
        self.x = x
    def __str__(self):
        return f'P({self.x})'
    def __repr__(self):
        return f'P<{self.x!r}>'
p = P('a')
print('%s %r' % (p, p), '{} {!r}'.format(p, p), f'{p} {p!r} {p!s:>8}', str(p), repr([p]), '{0.x}'.format(p), '%(k)s' % {'k': p})
print('%d %x %.2f' % (True, True, True), '{:5}|{:<5}|'.format(True, None), f"{[1, 'a']!r:>12}", f"{(1,)}", format([1], ''))
words = 'the quick brown fox'.split()
print(' '.join(w.capitalize() for w in words), sorted(words, key=str.lower), max(words, key=len), '-'.join(map(str, range(3))))
print(sum(len(w) for w in words), ''.join(reversed('abc')), 'abc'[::-1].upper(), [c for c in 'héllo' if c.isalpha()], dict(zip('ab', b'ab')))
