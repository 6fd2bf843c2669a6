# Groups, named groups, backreferences, conditionals and the Match API.
import re

CASES = [
    (r'(\w+) (\w+)', 'Isaac Newton, physicist'),
    (r'(?P<first>\w+) (?P<last>\w+)', 'Malcolm Reynolds'),
    (r'(a)|(b)', 'b'),
    (r'(a)(b)?', 'ac'),
    (r'((a)|b)+', 'abab'),
    (r'(a*)+', 'aaa'),
    (r'(a*)*', 'b'),
    (r'(a|ab)(c|bcd)(d*)', 'abcd'),
    (r'(?P<x>a)(?P=x)', 'aa'),
    (r'(\w)\1', 'hello'),
    (r'(?i)(\w)\1', 'aA'),
    (r'(a)?(?(1)b|c)', 'c'),
    (r'(a)?(?(1)b|c)', 'ab'),
    (r'(?P<q>")?\w+(?(q)")', '"word"'),
    (r'(\d+)-(\d+)-(\d+)', 'on 2024-01-15 ok'),
    (r'(?P<k>\w+)=(?P<v>\w*)', 'key= x'),
    (r'(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)(.)', 'abcdefghijkl'),
    (r'(a)(?:b)(c)', 'abc'),
    (r'(?P<a>x)|(?P<b>y)', 'y'),
    (r'((((a))))', 'a'),
    (r'(a+)(b+)?', 'aa'),
    (r'(?:(a)|b)*', 'ab'),
    (r'(a)|b', 'b'),
    (r'x(a)?y', 'xy'),
]

for p, s in CASES:
    m = re.search(p, s)
    print(repr(p), repr(s), m)
    if m:
        print('  groups', m.groups(), m.groups('-'), m.groupdict(), m.groupdict(0))
        print('  lastindex', m.lastindex, 'lastgroup', m.lastgroup, 'regs', m.regs)
        print('  spans', [m.span(i) for i in range(m.re.groups + 1)], m.start(), m.end())
        print('  group', m.group(), m.group(0), m[0], m.group(*range(m.re.groups + 1)))
        print('  pos', m.pos, m.endpos, m.string == s, m.re.pattern == p)

m = re.match(r'(?P<first>\w+) (?P<last>\w+)', 'Jane Doe')
print(m['first'], m['last'], m.group('first', 2), m.start('last'), m.span('first'))
print(m.expand(r'\2, \1'), m.expand(r'\g<last> \g<1>'), m.expand(r'[\g<0>]\n'))
for bad in ('nope', 3, -1, 1.5, None):
    try:
        print(m.group(bad))
    except (IndexError, TypeError) as e:
        print(type(e).__name__, e)
for bad in (r'\3', r'\g<nope>', r'\g<3>', '\\'):
    try:
        print(m.expand(bad))
    except (IndexError, re.error) as e:
        print(type(e).__name__, e)
print(re.compile(r'(?P<a>.)(?P<b>.)?').groupindex, re.compile('(a)(b)').groups)
print(re.match('(a)(b)?', 'a').start(2), re.match('(a)(b)?', 'a').span(2))
import copy
print(copy.copy(m) is m, copy.deepcopy(m) is m, re.Match[str], re.Pattern[bytes])
print(type(m).__name__, type(m).__module__, type(m.re).__name__, repr(re.match(b'ab', b'abc')))
print(repr(re.match('a' * 80, 'a' * 100)))
