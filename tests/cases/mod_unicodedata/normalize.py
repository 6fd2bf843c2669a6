# unicodedata.normalize and is_normalized in the four forms, for 15.0.0 and 3.2.0.
import unicodedata

samples = ['', 'abc', 'e\u0301', '\u00e9', 'A\u030a', '\u212b', '\u1e9b\u0323', 'q\u0307\u0323', '\ufb01 \u2460 \u00bd',
           '\uac00\uac01', '\u1100\u1161\u11a8', '\u1100\u1161\u11a7', '\u1100\u1161', 'x\u0301\u0327\u0300y', '\u0958',
           '\u2126\u00c5\u0344', '\uff76\uff9e', '\u3300', '\U0001d400', '\u0f77', 'a\u0328\u0301\u0323', '\u05b8\u05b9\u05b1',
           '\u1e0b\u0323', '\u0041\u0327\u030a', '\ud55c\uad6d\uc5b4', '\u00c7\u0301', '\U0001d15e\U0001d165', '\u1026\u102e']
for s in samples:
    for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
        r = unicodedata.normalize(form, s)
        o = unicodedata.ucd_3_2_0.normalize(form, s)
        print(form, ascii(s), ascii(r), unicodedata.is_normalized(form, s), unicodedata.is_normalized(form, r),
              ascii(o) if o != r else '=', unicodedata.ucd_3_2_0.is_normalized(form, s))

for c in '\uf951\U0002f868\U0002f874\U0002f91f\U0002f95f\U0002f9bf':
    print(ascii(unicodedata.normalize('NFD', c)), ascii(unicodedata.ucd_3_2_0.normalize('NFD', c)))

class S(str):
    pass

r = unicodedata.normalize('NFC', S('abc'))
print(type(r).__name__, r)
s = 'already'
print(unicodedata.normalize('NFC', s) is s, unicodedata.normalize('NFKD', '') == '')

# Characters from all of the BMP and plane 1 in each form, checked against the definitions.
bad = 0
for cp in range(0, 0x20000, 5):
    c = chr(cp)
    nfd = unicodedata.normalize('NFD', c)
    nfkd = unicodedata.normalize('NFKD', c)
    if unicodedata.normalize('NFC', nfd) != unicodedata.normalize('NFC', c) or unicodedata.normalize('NFD', nfkd) != nfkd:
        bad += 1
print('inconsistent', bad)
print(sum(len(unicodedata.normalize('NFKC', chr(cp))) for cp in range(0, 0x20000, 5)))
print(sum(len(unicodedata.normalize('NFD', chr(cp) + '\u0323\u0301')) for cp in range(0x3000)))

for db in (unicodedata, unicodedata.ucd_3_2_0):
    print([(type(db.normalize('NFC', S(s))).__name__, type(db.normalize('NFD', S(s))).__name__) for s in ['', 'abc', '\u00e9', 'e\u0301', '\u0958']])
