# re.match / search / fullmatch / findall over a table of patterns and subjects.
import re

PATTERNS = [
    r'a', r'a*', r'a+?', r'ab|cd', r'(ab)+', r'[a-c]+', r'[^a-c]+', r'.', r'.*', r'.+?x',
    r'\d+', r'\D+', r'\s+', r'\S+', r'\w+', r'\W+', r'\bfoo\b', r'\Bo', r'^ab', r'ab$',
    r'\Aab', r'ab\Z', r'a{2}', r'a{2,}', r'a{,2}', r'a{1,3}?', r'(a|b)*c', r'(?:ab)*?b', r'x?y?z?', r'[\d.]+',
    r'[-+]?\d*\.?\d+', r'[\]\\]', r'a.c', r'(a)(b)?(c)', r'(?:)', r'', r'\x41', r'\u00e9', r'[\x00-\x1f]',
]
SUBJECTS = ['aaab', 'abcd', 'xyz', 'foo bar', 'a1b22c333', 'ab\ncd', '  tab\there ', 'caféé', '', 'acabc', '-3.14 +2', ']\\']

count = 0
for p in PATTERNS:
    r = re.compile(p)
    for s in SUBJECTS:
        m = r.match(s)
        se = r.search(s)
        fm = r.fullmatch(s)
        fa = r.findall(s)
        print(repr(p), repr(s), m and m.span(), se and (se.span(), se.group()), fm and fm.span(), fa)
        count += 4
print('checks', count)
