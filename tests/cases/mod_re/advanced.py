# Lookarounds, possessive quantifiers, atomic groups, nested repeats and catastrophic-looking patterns.
import re

TABLE = [
    (r'foo(?=bar)', 'foobar foobaz'),
    (r'foo(?!bar)', 'foobar foobaz'),
    (r'(?<=\$)\d+', 'cost $42 or 7'),
    (r'(?<!\$)\b\d+', 'cost $42 or 7'),
    (r'(?<=ab|cd)x', 'abx cdx efx'),
    (r'(?=(a+))a*b\1', 'baaabac'),
    (r'(?!a)\w', 'aab'),
    (r'\w+(?<=s)\b', 'cats dog bus'),
    (r'a++b', 'aaab'),
    (r'a++a', 'aaaa'),
    (r'a*+a', 'aaa'),
    (r'a?+a', 'a'),
    (r'(?:ab)++c', 'ababc'),
    (r'(?:ab)++ab', 'ababab'),
    (r'a{1,2}+a', 'aaa'),
    (r'(?>a+)a', 'aaa'),
    (r'(?>a|ab)c', 'abc'),
    (r'(?>(a+))b', 'aab'),
    (r'(?>x*)(?>y*)z', 'xxyyz'),
    (r'(a+)+b', 'aaaaaaaaaaaaaaaaaaaab'),
    (r'(a|aa)+$', 'aaaaaaaa'),
    (r'(a*)*b', 'aaab'),
    (r'(?:a|b)*?c', 'ababc'),
    (r'(a{2,3}?)+', 'aaaaaaa'),
    (r'(a{2,3})+?x', 'aaaaaax'),
    (r'(?:(a)|(b))+', 'ab'),
    (r'(?:(?:a)*)*', 'aa'),
    (r'x(?:y|z)*+y', 'xyzy'),
    (r'(?:x|y)*?y', 'xxy'),
    (r'^(\d+)\s+(?:(\w+)\s*)*$', '12 ab cd ef'),
    (r'<(\w+)>.*?</\1>', '<a><b>x</b></a>'),
    (r'\b(\w+)\s+\1\b', 'hello hello world world'),
    (r'((?:a|b)c)+', 'acbcac'),
    (r'(?:a(?=b)|.)+', 'abcab'),
    (r'(?<=a)(?=b)', 'ab'),
    (r'(a)(?<=(a))', 'a'),
    (r'.{3}(?<=abc)', 'xabc'),
    (r'[ab]{2}+c', 'ababc'),
    (r'(?:a|ab)(?:c|bcd)(?:d*)', 'abcd'),
    (r'(?s).*?x', 'ab\ncx'),
]
count = 0
for p, s in TABLE:
    r = re.compile(p)
    m = r.search(s)
    print(repr(p), repr(s), m and (m.span(), m.groups()), r.findall(s), r.fullmatch(s) is not None)
    count += 3

print(re.match(r'(x+x+)+y', 'x' * 18))
print(re.search(r'(a|b|c)*d', 'abc' * 300 + 'd').span())
print(len(re.findall(r'(?:a|b)*', 'ab' * 5000)))
print(re.match(r'(?:a*)*', 'a' * 20000).span())
print(re.match(r'(a|b)*?$', 'ab' * 3000).span())
print(re.fullmatch(r'(?:(\d)(?:,|$))+', '1,2,3').groups())
print('checks', count)
