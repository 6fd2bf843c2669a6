# Sizes of strs made by the runtime: str()/repr()/format() of numbers and containers, f-strings,
# chr(), str.join of many, int-to-str, decode.
import sys

g = sys.getsizeof
print('numbers', g(str(0)), g(str(12345)), g(str(-10**20)), g(repr(1.5)), g(str(1e100)), g(str(1j)), g(hex(255)), g(bin(5)), g(oct(8)))
print('containers', g(repr([1, 2])), g(repr({'a': '\xe9'})), g(str((1,))), g(repr('\u20ac')), g(ascii('\u20ac')))
print('format', g(format(3.14159, '.2f')), g(format(42, '08d')), g('{:>10}'.format('x')), g(f'{1}{2}{3}'), g(f'{"\xe9"}'))
print('chr', g(chr(65)), g(chr(200)), g(chr(0x3000)), g(chr(0x10000)))
print('decode', g(b'abc'.decode()), g(b'\xc3\xa9'.decode()), g(b'\xe2\x82\xac'.decode()), g(b'\xf0\x9f\x98\x80'.decode()), g(b'\xe9'.decode('latin-1')))
print('join', g(''.join(['a'] * 1000)), g(''.join(['\xe9'] * 1000)), g(''.join(['a', '\u20ac'] * 10)))
print('case', g('ABC'.lower()), g('\xdf'.upper()), g('\u0130'.lower()), g('ﬃ'.upper()))
print('names', g('__init__'), g(int.__name__), g(print.__name__), g(type(None).__name__))
print('misc', g(str(None)), g(str(True)), g(str(b'x')), g(str(...)))
