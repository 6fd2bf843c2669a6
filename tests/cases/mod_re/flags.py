# Flags I, M, S, X, A, U and L (bytes), and Unicode classes on non-ASCII text.
import re

TABLE = [
    (r'abc', re.I, 'xABCx'),
    (r'[a-z]+', re.I, 'HeLLo World'),
    (r'ǆ', re.I, 'ǅǄ'),
    (r'straße', re.I, 'STRASSE straße STRAẞE'),
    (r'[k]', re.I, 'K\u212a'),
    (r'[σ]+', re.I, 'ΣσςΣ'),
    (r'ı', re.I, 'Ii\u0130\u0131'),
    (r'^\w+$', re.M, 'one\ntwo\n3 4'),
    (r'^', re.M, 'a\nb\n'),
    (r'$', re.M, 'a\nb\n'),
    (r'a$', 0, 'a\n'),
    (r'a\Z', 0, 'a\n'),
    (r'.+', re.S, 'a\nb'),
    (r'.+', 0, 'a\nb'),
    (r'''(?x) \d+  # digits
          \s* [a-z]  # a letter''', 0, '12 x 3y'),
    (r'a b # c', re.X, 'ab'),
    (r'[ ]', re.X, 'a b'),
    (r'\w+', re.A, 'naïve café'),
    (r'\w+', 0, 'naïve café 日本語 ٣'),
    (r'\d+', 0, '12 ٣٤ ①② 𝟙'),
    (r'\d+', re.A, '12 ٣٤'),
    (r'\s+', 0, 'a\u00a0b\u2003c\x1cd'),
    (r'\s+', re.A, 'a\u00a0b \tc'),
    (r'\b\w', 0, 'éa bé'),
    (r'\b\w', re.A, 'éa bé'),
    (r'\W+', 0, 'a-é_b!'),
    (r'(?i)[^a]', 0, 'aAbB'),
    (r'(?i:a)b', 0, 'Ab AB'),
    (r'(?-i:a)b', re.I, 'aB AB'),
    (r'(?s:.)x', 0, '\nx'),
    (r'(?m)^b', 0, 'a\nb'),
    (r'(?a)\w', 0, 'é_'),
    (r'(?u)\w+', 0, 'é_'),
    (r'[\u0100-\u017f]+', re.I, 'ĀāĂăxyz'),
    (r'[à-ÿ]+', re.I, 'ÀÉÎõü'),
    (r'\u00e9', re.I, 'É'),
    (r'😀+', 0, 'a😀😀b'),
    (r'[😀-😂]', 0, 'x😁y'),
    (r'.', 0, '😀'),
]
count = 0
for p, f, s in TABLE:
    r = re.compile(p, f)
    print(repr(p), f, repr(s), r.findall(s), r.search(s), r.flags)
    count += 2

BTABLE = [
    (rb'\w+', 0, b'caf\xe9 ok'),
    (rb'[a-z]+', re.I, b'ABC def'),
    (rb'\w+', re.L, b'abc \xe9'),
    (rb'(?i)\xe9', re.L, b'\xc9\xe9'),
    (rb'\d+\s', 0, b'12 34\t'),
    (rb'^a', re.M, b'a\na'),
    (rb'.', re.S, b'\n'),
    (rb'\bx', 0, b'x yx'),
    (rb'[^\x00-\x7f]+', 0, b'ab\x80\xffc'),
]
for p, f, s in BTABLE:
    r = re.compile(p, f)
    print(repr(p), f, repr(s), r.findall(s), r.search(s), r.flags)
    count += 2
print(re.search(b'b', bytearray(b'abc')), re.search(b'b', memoryview(b'abc')))
print([repr(re.compile(p, f)) for p, f in [('x', re.I | re.M | re.S | re.X), ('x', re.A), (b'x', re.L), ('x', re.U), ('x', 0), (b'x', 0), ('x', re.DEBUG & 0 | re.I)]])
print('checks', count)
