# re objects: a Pattern is 96 bytes plus 4 per code word of its compiled program (it has
# __sizeof__), a Match 88 plus 16 per group (counting group 0) through object.__sizeof__.
import re
import sys

for pat in ['a', 'a+b', '(a)(b)(c)', 'x' * 50, r'[a-z]+\d*', '(?P<name>\\w+)@(?P<host>[\\w.]+)', '(?i)hello|world', b'bytes?']:
    p = re.compile(pat)
    print(repr(pat), sys.getsizeof(p), p.__sizeof__(), p.groups, '__sizeof__' in type(p).__dict__)
for pat, s in [('a', 'a'), ('(a)', 'a'), ('(a)(b)(c)', 'abc'), ('(?P<x>a)|(b)', 'a'), ('(a)?(b)?(c)?(d)?', '')]:
    m = re.match(pat, s)
    print(pat, sys.getsizeof(m), m.__sizeof__(), '__sizeof__' in type(m).__dict__)
print(type(re.compile('a')).__itemsize__, type(re.match('a', 'a')).__itemsize__, type(re.compile('a').scanner('a')).__basicsize__)
print(sys.getsizeof(re.compile('a').scanner('abc')))
print([sys.getsizeof(m) for m in re.finditer(r'(\d)(\d)?', '1 23 456')])
