# Strs made from wide (UCS-2/UCS-4) strs take the narrowest kind their own characters need:
# slices, strip, replace, split parts, join, partition, case changes, translate.
import sys

g = sys.getsizeof
w2 = 'abc\u20acdef'
w4 = 'abc\U0001f600def'
l1 = 'abc\xe9def'
for s in [w2, w4, l1]:
    print(ascii(s), g(s), g(s[:3]), g(s[3:4]), g(s[4:]), g(s[::2]), g(s[::-1]))
    print('  replace', g(s.replace(s[3], '')), g(s.replace(s[3], 'x')), g(s.replace('a', s[3])))
    print('  split', [g(p) for p in s.split(s[3])], [g(p) for p in s.partition(s[3])])
    print('  strip', g((s[3] + 'x' + s[3]).strip(s[3])), g(s.strip('abcdef')))
    print('  join', g(''.join([s[:3], s[4:]])), g(s[3].join(['a', 'b'])))
    print('  case', g(s.upper()), g(s.title()), g(s.swapcase()), g(s.casefold()))
    print('  translate', g(s.translate({ord(s[3]): None})), g(s.translate({ord('a'): s[3]})))
    print('  format', g('{}'.format(s[:3])), g('%s' % s[4:]), g(f'{s[3]}{s[0]}'))
print('wider join', g('\xe9'.join(['\U0001f600', 'a'])), g(''.join(['\xe9', '\u20ac', '\U0001f600'])))
print('chr then slice', g(('\U0001f600' * 3 + 'abc')[3:]), g(('\u20ac' * 3 + '\xe9')[3:]))
