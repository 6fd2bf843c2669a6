# The character properties of unicodedata (Unicode 15.0.0) and of ucd_3_2_0.
import unicodedata

print(unicodedata.unidata_version, unicodedata.ucd_3_2_0.unidata_version)
print(type(unicodedata.ucd_3_2_0).__name__, type(unicodedata.ucd_3_2_0).__module__, unicodedata.UCD is type(unicodedata.ucd_3_2_0))
samples = 'aZ09 \t\n\x00\x7f\xa0\xbd\xb2\xe9\u0301\u0327\u0663\u0e53\u2160\u2460\u3000\u4e00\u4e07\uac00\ud55c\ufb01\uff21\u200f\u05d0\u0627(\u00ab\U0001f600\U00010400\U0001d7ce\U00020000\U0002a6df\U0003134a\U000e0001\U000f0000\ud800\U0010ffff\u0378\u1e9b\u2126\u212b\u00c5'
for c in samples:
    print(f'U+{ord(c):04X}', repr(unicodedata.name(c, None)), unicodedata.category(c), repr(unicodedata.bidirectional(c)),
          unicodedata.combining(c), unicodedata.east_asian_width(c), unicodedata.mirrored(c), repr(unicodedata.decomposition(c)),
          unicodedata.decimal(c, None), unicodedata.digit(c, None), unicodedata.numeric(c, None))

old = unicodedata.ucd_3_2_0
for c in '\u0221\u0234\u20ac\u2614\u9fa5\u9fa6\u9fff\U0001f600\u0d79\u2ced\u1d00\u0b71\u00b2\u19da\U0001d7ce\uf951\u03f4':
    print(f'U+{ord(c):04X}', repr(old.name(c, None)), old.category(c), repr(old.bidirectional(c)), old.combining(c),
          old.east_asian_width(c), old.mirrored(c), repr(old.decomposition(c)), old.decimal(c, None), old.digit(c, None), old.numeric(c, None))

for name in ['LATIN SMALL LETTER A', 'latin capital letter a with grave', 'HANGUL SYLLABLE GAG', 'CJK UNIFIED IDEOGRAPH-4E00',
             'CJK UNIFIED IDEOGRAPH-3134A', 'LATIN CAPITAL LETTER GHA', 'BYTE ORDER MARK', 'GRINNING FACE', 'SNOWMAN', b'EURO SIGN']:
    for db in (unicodedata, old):
        try:
            print(repr(name), db.unidata_version, ascii(db.lookup(name)))
        except KeyError as e:
            print(repr(name), db.unidata_version, 'KeyError', e)

# Counts over samples of all planes: a check of the whole tables.
cats = {}
for cp in range(0, 0x110000, 13):
    cat = unicodedata.category(chr(cp))
    cats[cat] = cats.get(cat, 0) + 1
print(sorted(cats.items()))
print(sum(1 for cp in range(0, 0x30000, 3) if unicodedata.decomposition(chr(cp))))
print(sum(unicodedata.combining(chr(cp)) for cp in range(0, 0x20000, 3)))
print(sum(1 for cp in range(0, 0x110000, 17) if old.category(chr(cp)) != 'Cn'))
