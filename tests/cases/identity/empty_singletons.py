# The empty str, bytes and tuple singletons; frozenset() is not a singleton.
e = ''
print('' + '' is e, 'abc'[5:] is e, 'abc'[2:1] is e, str() is e, ''.join([]) is e, 'x'.replace('x', '') is e, 'x'[1:] is e)
print(''.strip() is e, '   '.strip() is e, 'abc'.strip('abc') is e, ''.upper() is e, '' * 5 is e, 'abc' * 0 is e, 'a'[::-2][1:] is e)
print(str(b'', 'ascii') is e, b''.decode() is e, format('') is e, '%s' % '' is e, f'' is e, f'{e}' is e, repr('')[1:-1] is e)
print(''.join(['', '']) is e, ''.join(iter([])) is e, 'a'.partition('a')[0] is e, 'a'.split('a')[0] is e, ' '.split(' ')[1] is e)
b = b''
print(bytes() is b, b'' + b'' is b, b'abc'[5:] is b, b''.join([]) is b, bytes([]) is b, bytes(0) is b, bytes(b'') is b)
print(b'x'.replace(b'x', b'') is b, b'abc'[1:1] is b, bytes(bytearray()) is b, ''.encode() is b, b'' * 3 is b, b'ab' * 0 is b)
print(b'   '.strip() is b, bytes.fromhex('') is b, memoryview(b'').tobytes() is b, bytearray(b'ab')[1:1] is bytearray())
t = ()
print(tuple() is t, tuple([]) is t, () + () is t, (1, 2)[5:] is t, (1, 2)[1:0] is t, tuple(iter(())) is t, (1,) * 0 is t)
print(tuple(x for x in []) is t, tuple(range(0)) is t, tuple({}) is t, divmod(4, 2).__class__()[0:0] is t, (*[],) is t)
def f(*args):
    return args
print(f() is t, f(*[]) is t, f(*()) is t)
print(frozenset() is frozenset(), frozenset([]) is frozenset([]), frozenset() == frozenset([]), frozenset(()) is frozenset())
fs = frozenset()
print(frozenset(fs) is fs, fs.copy() is fs, fs | fs is fs, fs - fs is fs, fs & fs is fs)
print([] is [], {} is {}, set() is set(), list() is list(), bytearray() is bytearray())
class T(tuple): pass
class S(str): pass
class B(bytes): pass
print(T() is t, T() == t, S() is e, S('') == e, B() is b, type(S()).__name__)
print(tuple(T()) is t, str(S()) is e, bytes(B()) is b)
import sys
print(sys.getrefcount(e), sys.getrefcount(b), sys.getrefcount(t))
