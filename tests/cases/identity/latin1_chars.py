# The latin-1 one-character cache: every way of producing chr(0..255) gives the shared object; chr(256+) does not.
for x in (0, 9, 32, 65, 127, 128, 200, 255, 256, 1000, 0x1F600):
    print(x, chr(x) is chr(x), chr(x) is ''.join([chr(x)]), (chr(x) * 2)[0] is chr(x), (chr(x) * 2)[1:] is chr(x))
s = 'abcdefé'
print(s[0] is 'a', s[-1] is 'é', s[3:4] is 'd', s[::7] is 'a', s[6:] is 'é', s[1:2] is s[1])
print('ABC'.lower()[0] is 'a', 'x'.upper() is 'X', ' y '.strip() is 'y', 'zz'.replace('z', '', 1) is 'z')
print('a,b'.split(',')[1] is 'b', 'q'.center(1) is 'q', 'q'.ljust(1) is 'q', '-'.join('a') is 'a', 'ab'.partition('a')[1] is 'a')
print(str(7) is '7', repr(7)[0] is '7', format(7) is '7', '%c' % 97 is 'a', '{}'.format('x') is 'x')
print(bytes([97]).decode() is 'a', b'a'.decode('latin-1') is 'a', b'\xe9'.decode('latin-1') is 'é', 'é'.encode('utf-8').decode('utf-8') is 'é')
print(list('xyz')[2] is 'z', tuple('xyz')[0] is 'x', [c for c in 'pq'][0] is 'p', next(iter('w')) is 'w', sorted('ba')[0] is 'a')
print(min('bca') is 'a', max('bca') is 'c', reversed('ab').__next__() is 'b', dict.fromkeys('k').popitem()[0] is 'k')
print(chr(0x100) is chr(0x100), 'ĀĀ'[0] is 'ĀĀ'[1], 'Ā' is 'Ā')
print('%s' % 'q' is 'q', 'ab'.rstrip('b') is 'a', 'ba'.lstrip('b') is 'a', 'a\n'.splitlines()[0] is 'a', 'aA'.swapcase()[0] is 'A')
print('Ab'.casefold()[0] is 'a', 'a'.title() is 'A', 'a'.capitalize() is 'A', 'a'.zfill(1) is 'a', '\t'.expandtabs(1) is ' ')
print(str(b'x', 'ascii') is 'x', 'x'.encode() is b'x', bytes('x', 'ascii') is b'x', memoryview(b'x').tobytes() is b'x')
import sys
print(sys.intern('m') is 'm', sys.intern(chr(255)) is chr(255), sys.getrefcount('m') > 1000000)
print(''.join(['a', '']) is 'a', ''.join(['', 'a']) is 'a', 'a' + '' is 'a', '' + 'a' is 'a', 'ab'[:1] is 'a')
print(ascii('a') is "'a'", repr('a')[1] is 'a', str(True)[0] is 'T', hex(10)[-1] is 'a', oct(8)[-1] is '0', bin(1)[-1] is '1')
