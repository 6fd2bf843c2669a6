# stringprep's tables run on unicodedata.ucd_3_2_0.
import stringprep

for c in 'a\u00ad\u200b\u0221\u00df\u0041\u3000\ud800\U000e0001\u05d0\u0627\u2ff0\ufeff\u180b':
    print(f'U+{ord(c):04X}', stringprep.in_table_a1(c), stringprep.in_table_b1(c), ascii(stringprep.map_table_b2(c)),
          ascii(stringprep.map_table_b3(c)), stringprep.in_table_c11(c), stringprep.in_table_c12(c), stringprep.in_table_c21_c22(c),
          stringprep.in_table_c3(c), stringprep.in_table_c5(c), stringprep.in_table_c8(c), stringprep.in_table_d1(c), stringprep.in_table_d2(c))

# The nameprep steps of RFC 3491 on a few labels.
import unicodedata

def nameprep(label):
    out = ''.join(stringprep.map_table_b2(c) for c in label if not stringprep.in_table_b1(c))
    return unicodedata.ucd_3_2_0.normalize('NFKC', out)

for label in ['B\u00fccher', 'Stra\u00dfe', 'MASSE\u0301', '\u2163', 'ab\u00adc']:
    print(ascii(label), ascii(nameprep(label)))
