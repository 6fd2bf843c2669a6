# One-character strings: the latin-1 singletons, and the static identifiers CPython 3.12.1 interns in their place.
import sys
print(chr(97) is 'a', 'xyz'[1:2] is 'y', 'xyz'[1] is 'y', chr(97) is chr(97), 'abc'[0] is 'abc'[0])
a = 'a'
print(a is 'xa'[1], sys.intern(chr(97)) is a, sys.intern(chr(98)) is chr(98), 'é' is chr(233), str(1) is '1')
print(sys.getrefcount(chr(97)), sys.getrefcount('a'), sys.getrefcount(chr(200)))
exec("print(chr(99) is 'c')")
print(str(1) is '1', repr(5) is '5', str(True) is 'True', str(False) is 'False', f'{3}' is '3', '%d' % 4 is '4', format(6) is '6', str(1.0)[0] is '1', hex(1)[2] is '1', str(-1)[0] is '-')
print(''.join(['a']) is 'a', 'A'.lower() is 'a', 'ab'.strip('b') is 'a', 'abc'.split('b')[0] is 'a', str(b'a', 'ascii') is 'a', chr(65) is 'A', 'z' * 1 is 'z')
print('%s' % 'q' is 'q', 'q'.center(1) is 'q', str('a') is 'a', 'é'.encode().decode() is 'é', [c for c in 'xy'][1] is 'y')
