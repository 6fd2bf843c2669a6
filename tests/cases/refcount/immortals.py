# Refcounts of immortal objects (3.12.1): None, True, False, Ellipsis, NotImplemented, small ints, '', (), b'', interned strs.
import sys
rc = sys.getrefcount
print(rc(None), rc(True), rc(False), rc(...), rc(NotImplemented))
print(rc(0), rc(1), rc(-5), rc(256), rc(-1))
print(rc(''), rc(()), rc(b''))
print(rc('a'), rc('\x00'), rc('\xff'), rc(b'a'), rc(b'\xff'))
print(rc(int), rc(object), rc(type), rc(str), rc(dict), rc(list))
print(rc(sys.intern('some_identifier_123')))
s = ''.join(['not', '_', 'interned', '_', 'yet'])
print(rc(s))
t = sys.intern(s)
print(t is s, rc(s), rc(t))
print(rc('__init__'), rc('abc'), rc('ab cd'))
lst = [None] * 100
print(rc(None))
print(rc(frozenset()) if frozenset() is frozenset() else 'newfs')
print(rc(sys.maxsize), rc(2**62))
print(rc(float('inf')), rc(0.0))
