# re.error from the parser (messages and positions), argument errors of the Pattern and Match
# methods, Pattern equality, hashing, copying and repr truncation.
import re

BAD = [
    r'(', r')', r'[a', r'a**', r'*a', r'a{2,1}', r'(?P<1a>x)', r'(?P<a>x)(?P<a>y)', r'(?P=nope)', r'\1',
    r'(?<=a+)b', r'(?<=a|bc)x', r'[z-a]', r'\p', r'(?z)', r'(?i', r'x(?i)y', r'(?(2)a|b)', r'a{1,2}{3}',
    '(?x)a\n(', 'ab\n\\', r'(?#abc', r'[\d-z]', r'(?<a>x)', r'\x1', r'\u12', r'(?P<a>', r'a|*', r'(?P',
]
for p in BAD:
    try:
        re.compile(p)
        print(repr(p), 'compiled')
    except re.error as e:
        print(repr(p), 'error:', e, '|', e.msg, e.pos, e.lineno, e.colno)

p = re.compile(r'(?P<a>\w)')
for f in (lambda: p.match(b'x'), lambda: re.compile(b'x').match('x'), lambda: p.match(1), lambda: p.search('a', 'b'),
          lambda: p.match(), lambda: p.match('a', 0, 1, 2), lambda: p.match('a', pos=1, spam=2), lambda: p.sub(1, 'a'),
          lambda: p.sub(lambda m: 1, 'a'), lambda: p.split('a', 'x'), lambda: p.findall(string=3), lambda: p.subn('x'),
          lambda: re.match('a', 'a').start(5), lambda: re.match('a', 'a').span('x'), lambda: re.match('a', 'a').groups(1, 2),
          lambda: re.Pattern(), lambda: re.Match(), lambda: p.sub('\\9', 'a'), lambda: p.sub(r'\g<b>', 'a')):
    try:
        print(f())
    except (TypeError, IndexError, re.error) as e:
        print(type(e).__name__, e)

a = re.compile('x+', re.I)
b = re.compile('x+', re.I)
c = re.compile('x+')
print(a == b, a != c, a == 'x+', hash(a) == hash(re.compile('x+', re.I)), a.pattern, a.flags, a.groups, a.groupindex)
import copy
print(copy.copy(a) is a, copy.deepcopy(a) is a, {a: 1}[b])
print(repr(re.compile('y' * 250)))
print(repr(re.compile('é' * 250, re.I)))
print(repr(re.compile(b'z' * 250, re.M)))
print(re.compile(r'(?P<n>a)(b)').groupindex, type(re.compile('a').groupindex).__name__)
import _sre
print(_sre.MAGIC, _sre.CODESIZE, _sre.MAXREPEAT, _sre.MAXGROUPS, _sre.getcodesize(), repr(_sre.copyright))
print(_sre.ascii_iscased(ord('a')), _sre.ascii_iscased(ord('1')), _sre.unicode_iscased(0x3c3), _sre.unicode_iscased(0x5d0))
print(_sre.ascii_tolower(ord('Q')), _sre.ascii_tolower(0xc9), _sre.unicode_tolower(0xc9), _sre.unicode_tolower(0x130), _sre.unicode_tolower(0x212a))
print(re.escape('a.b*c'), re.purge())
