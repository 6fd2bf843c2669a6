# sub/subn with callables and templates, split with groups and maxsplit, finditer.
import re

SUBS = [
    (r'a', 'x', 'banana', 0),
    (r'a', 'x', 'banana', 2),
    (r'(\w+)@(\w+)', r'\2 at \1', 'joe@site ann@place', 0),
    (r'(?P<y>\d{4})-(?P<m>\d\d)', r'\g<m>/\g<y>', '2024-05 and 1999-12', 0),
    (r'(\d)', r'<\g<1>0>', 'a1b2', 0),
    (r'x*', '-', 'abxd', 0),
    (r'', '-', 'abc', 0),
    (r'\b', '|', 'hi there', 0),
    (r'(a)|b', r'[\1]', 'abab', 0),
    (r'\s+', ' ', '  lots   of\tspace ', 0),
    (r'(?i)HELLO', 'bye', 'hello Hello', 1),
    (r'a', r'\n\t\\', 'a', 0),
    (r'(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)', r'\11\10', 'abcdefghijk', 0),
    (r'.', r'\g<0>\g<0>', 'ab', 0),
    (r'ß', 'ss', 'Straße', 0),
    (r'é', 'e', 'café crème', 0),
]
count = 0
for p, repl, s, n in SUBS:
    print(repr(p), repr(repl), repr(s), repr(re.sub(p, repl, s, count=n)), re.subn(p, repl, s, n))
    count += 2

print(re.sub(r'\d+', lambda m: str(int(m.group()) * 2), 'a1 b22 c333'))
print(re.sub(r'(?P<w>\w+)', lambda m: m['w'][::-1], 'hello world'))
print(re.subn(r'a|(b)', lambda m: m.group(1) or '_', 'abcab'))
print(re.sub(rb'(\d)', rb'<\1>', b'a1b2'), re.sub(rb'x', b'y', b'xx'))
print(re.sub('a', lambda m: None if False else '', 'banana'))
print(re.compile('o').sub('0', 'foo boo', 3), re.compile('(o)').subn(r'\1\1', 'foo'))

SPLITS = [
    (r',', 'a,b,,c,', 0),
    (r',', 'a,b,,c,', 2),
    (r'(,)', 'a,b,c', 0),
    (r'(,)|(;)', 'a,b;c', 0),
    (r'\s*', 'a b  c', 0),
    (r'x*', 'axbc', 0),
    (r'\b', 'one two', 0),
    (r'(?=b)', 'abab', 0),
    (r'\W+', 'Words, words, words.', 1),
    (r'(\W+)', 'Words, words, words.', 0),
    (r'[a-f]+', '0a3B9', 0),
    (r'(?i)[a-f]+', '0a3B9', 0),
    (r'', 'abc', 0),
    (r'$', 'abc', 0),
]
for p, s, n in SPLITS:
    print(repr(p), repr(s), n, re.split(p, s, maxsplit=n))
    count += 1
print(re.split(rb'\d', b'a1b2c'))

ITERS = [
    (r'\w+', 'one two  three'),
    (r'a*', 'baaac'),
    (r'(?=(\w\w))', 'abcd'),
    (r'\d', ''),
    (r'(\d)(\w)?', '1a2 3'),
    (r'', 'ab'),
]
for p, s in ITERS:
    print(repr(p), repr(s), [(m.span(), m.group(), m.groups()) for m in re.finditer(p, s)])
    print('  ', [m.span() for m in re.compile(p).finditer(s, 1, 3)], re.compile(p).findall(s, 1))
    count += 3
sc = re.compile(r'\d').scanner('a1b23')
print(sc.search(), sc.search(), sc.match(), sc.search(), sc.search(), sc.search(), type(sc).__name__, sc.pattern)
sc = re.compile(r'\d').scanner('123')
print(sc.match(), sc.match(), sc.match(), sc.match())
print('checks', count)
