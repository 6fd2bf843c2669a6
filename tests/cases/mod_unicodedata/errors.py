# The errors of unicodedata, with CPython's messages.
import unicodedata

old = unicodedata.ucd_3_2_0
tests = [
    lambda: unicodedata.category(1), lambda: unicodedata.category('ab'), lambda: unicodedata.category(''),
    lambda: unicodedata.category(), lambda: unicodedata.category('a', 'b'), lambda: old.category(),
    lambda: unicodedata.name('\x00'), lambda: old.name('\u9fff'), lambda: unicodedata.name(),
    lambda: unicodedata.name('a', default=1), lambda: old.name('a', default=1), lambda: unicodedata.name('a', 1, 2),
    lambda: unicodedata.lookup('xx'), lambda: unicodedata.lookup('a' * 300), lambda: unicodedata.lookup(1),
    lambda: unicodedata.lookup(''), lambda: unicodedata.lookup('LATIN SMALL LETTER A\x00B'), lambda: unicodedata.lookup('hangul syllable gag'),
    lambda: old.lookup('LATIN CAPITAL LETTER GHA'), lambda: old.lookup('GRINNING FACE'),
    lambda: unicodedata.decimal('a'), lambda: unicodedata.digit('a'), lambda: unicodedata.numeric('a'),
    lambda: unicodedata.decimal(), lambda: unicodedata.decimal('a', 1, 2), lambda: unicodedata.numeric(5),
    lambda: unicodedata.normalize('X', 'a'), lambda: unicodedata.normalize('NFC', 1), lambda: unicodedata.normalize(1, 'a'),
    lambda: unicodedata.normalize(), lambda: unicodedata.normalize('NFC'), lambda: unicodedata.is_normalized('NFX', 'a'),
    lambda: unicodedata.is_normalized('NFC', 1), lambda: unicodedata.normalize(form='NFC', unistr='a'),
    lambda: type(old)(), lambda: unicodedata.combining(b'a'), lambda: old.unidata_version.__class__,
]
for t in tests:
    try:
        print('ok', repr(t()))
    except Exception as e:
        print(type(e).__name__, e)

print(unicodedata.is_normalized('NFX', ''), repr(unicodedata.normalize('NFX', '')))
print(unicodedata.name('a', 'dflt'), unicodedata.name('\x00', 'dflt'), unicodedata.decimal('x', -1), unicodedata.numeric('x', None))
try:
    old.unidata_version = '1'
except AttributeError as e:
    print('AttributeError', e)
