import codecs
import _codecs
import sys

# The registry
info = codecs.lookup('UTF-8')
print(info.name, type(info).__name__, isinstance(info, tuple), len(info))
print(codecs.lookup('latin1').name, codecs.lookup('u8').name, codecs.lookup('cp1252').name)
for bad in ['nope', 'utf-9']:
    try:
        codecs.lookup(bad)
    except LookupError as e:
        print('LookupError', e)

seen = []
def search(name):
    seen.append(name)
    if name == 'my_codec':
        return codecs.CodecInfo(lambda s, errors='strict': (s.upper().encode(), len(s)),
                                lambda b, errors='strict': (bytes(b).decode().lower(), len(b)), name='my-codec')
    return None
codecs.register(search)
print(codecs.lookup('My Codec').name, seen)
print('abc'.encode('my_codec'), b'XYZ'.decode('my-codec'))
codecs.unregister(search)
try:
    codecs.lookup('my_codec')
except LookupError as e:
    print('after unregister:', e)

def bad_search(name):
    return 5 if name == 'bad_one' else None
codecs.register(bad_search)
try:
    codecs.lookup('bad_one')
except TypeError as e:
    print('TypeError', e)
codecs.unregister(bad_search)

for f in [lambda: codecs.register(1), lambda: 'x'.encode('rot13'), lambda: b'x'.decode('rot13'), lambda: codecs.encode(1, 'utf-8')]:
    try:
        f()
    except Exception as e:
        print(type(e).__name__, e)

print(codecs.encode('Hello', 'rot13'), codecs.decode('Uryyb', 'rot_13'))
print(codecs.encode('abc'), codecs.decode(b'abc'), codecs.encode('é', 'latin-1'), codecs.decode(b'\xe9', encoding='latin-1'))

# Error handlers
print(codecs.lookup_error('strict'), codecs.lookup_error('replace').__name__)
def handler(exc):
    print('handler got', type(exc).__name__, exc.start, exc.end, exc.reason, repr(exc.object))
    if isinstance(exc, UnicodeEncodeError):
        return ('<%d>' % ord(exc.object[exc.start]), exc.end)
    return ('?' * (exc.end - exc.start), exc.end)
codecs.register_error('mine', handler)
print('aé€b'.encode('ascii', 'mine'))
print(b'a\xff\xfeb'.decode('utf-8', 'mine'))
print('a€'.encode('cp1252', 'mine'), 'a\u0100'.encode('cp1252', 'mine'))
calls = []
def back(exc):
    calls.append(exc.start)
    return ('x', exc.start - 1) if len(calls) == 1 else ('y', exc.end)
codecs.register_error('back', back)
print('abcdef\xff'.encode('ascii', 'back'))
codecs.register_error('badret', lambda exc: 5)
codecs.register_error('badpos', lambda exc: ('', 100))
codecs.register_error('bytesrep', lambda exc: (b'<>', exc.end))
codecs.register_error('negpos', lambda exc: ('!', -1))
print('a\xffb'.encode('ascii', 'bytesrep'), 'a\xffbc'.encode('ascii', 'negpos'))
for f in [lambda: 'a\xff'.encode('ascii', 'badret'), lambda: b'\xff'.decode('ascii', 'badret'), lambda: 'a\xff'.encode('ascii', 'badpos'),
          lambda: b'\xff'.decode('ascii', 'bytesrep'), lambda: 'x\xff'.encode('ascii', 'nosuch'), lambda: codecs.lookup_error('nosuch'),
          lambda: codecs.register_error('x', 3), lambda: codecs.register_error(3, print)]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, e)

# The standard handlers called directly
e = UnicodeEncodeError('ascii', 'a\xe9\u20acb', 1, 3, 'bad')
for name in ['ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace']:
    print(name, codecs.lookup_error(name)(e))
d = UnicodeDecodeError('utf-8', b'a\xff\xfeb', 1, 3, 'bad')
for name in ['ignore', 'replace', 'backslashreplace', 'surrogateescape']:
    print(name, ascii(codecs.lookup_error(name)(d)))
t = UnicodeTranslateError('a\xe9b', 1, 2, 'bad')
for name in ['ignore', 'replace', 'backslashreplace']:
    print(name, codecs.lookup_error(name)(t))
for name, exc in [('xmlcharrefreplace', d), ('namereplace', t), ('strict', e), ('strict', 5), ('replace', ValueError()), ('surrogatepass', e)]:
    try:
        print(codecs.lookup_error(name)(exc))
    except Exception as x:
        print(name, type(x).__name__, x)
print(codecs.lookup_error('surrogatepass')(UnicodeEncodeError('utf-16-be', '\ud800', 0, 1, 'x')))
print(ascii(codecs.lookup_error('surrogatepass')(UnicodeDecodeError('utf-8', b'\xed\xa0\x80', 0, 1, 'x'))))

# The exceptions
e = UnicodeEncodeError('ascii', 'xyz', 1, 2, 'why')
print(str(e), repr(e), e.args, e.encoding, e.object, e.start, e.end, e.reason)
e.start, e.end, e.reason = 0, 3, 'because'
print(e)
print(UnicodeDecodeError('utf-8', bytearray(b'\xff'), 0, 1, 'bad').object)
print(str(UnicodeTranslateError('\U0001f600', 0, 1, 'x')))
for f in [lambda: UnicodeEncodeError('a'), lambda: UnicodeDecodeError('a', 'b', 0, 1, 'c'), lambda: UnicodeEncodeError(1, 'a', 0, 1, 'c'),
          lambda: UnicodeTranslateError('a', 'b', 1, 'c')]:
    try:
        f()
    except TypeError as x:
        print('TypeError', x)
try:
    'a\xe9'.encode('ascii')
except UnicodeEncodeError as x:
    print(x.encoding, x.object, x.start, x.end, x.reason)
try:
    b'a\xe9'.decode('utf-8')
except UnicodeDecodeError as x:
    print(x.encoding, x.object, x.start, x.end, x.reason)

# _codecs functions
print(_codecs.utf_8_decode(b'a\xc3', None, False), _codecs.utf_8_decode(b'a\xc3\xa9'), _codecs.utf_8_encode('é'))
print(_codecs.utf_16_encode('a'), _codecs.utf_16_encode('a', None, 1), _codecs.utf_16_le_encode('\U0001f600'))
print(_codecs.utf_16_decode(b'\xfe\xff\x00a\x00'), _codecs.utf_16_ex_decode(b'\xfe\xff\x00a', 'strict', 0, True), _codecs.utf_16_ex_decode(b'a\x00'))
print(_codecs.utf_32_encode('a'), _codecs.utf_32_ex_decode(b'\x00\x00\xfe\xff\x00\x00\x00a'), _codecs.utf_32_le_decode(b'a\x00\x00\x00b\x00', None, False))
print(_codecs.utf_7_encode('a+b€\U0001f600 -'), _codecs.utf_7_decode(b'a+-b+IKw-'), _codecs.utf_7_decode(b'+IK', None, False))
print(_codecs.latin_1_decode(b'\xe9'), _codecs.ascii_decode(bytearray(b'ab')), _codecs.latin_1_encode('ab'), _codecs.ascii_encode('x', 'strict'))
print(_codecs.unicode_escape_encode('a\n\xe9\u20ac'), _codecs.unicode_escape_decode(b'a\\n\\xe9\\u20ac\\N{EM DASH}'), _codecs.unicode_escape_decode('\\t'))
print(_codecs.raw_unicode_escape_encode('a\\\xe9\u20ac'), _codecs.raw_unicode_escape_decode(b'a\\u20ac\\\\u20ac\\x'))
print(_codecs.escape_encode(b'a\n\x00\'"\\'), _codecs.escape_decode(b'a\\n\\x41\\101\\q'), _codecs.escape_decode('\\x41'))
print(_codecs.readbuffer_encode('é'), _codecs.readbuffer_encode(memoryview(b'xy')))
table = ''.join(chr(i) for i in range(128)) + '\u20ac' + '\ufffe' * 127
m = _codecs.charmap_build(table)
print(type(m).__name__, _codecs.charmap_build('abc'))
print(_codecs.charmap_encode('a€', 'strict', m), _codecs.charmap_decode(b'a\x80', 'strict', table), _codecs.charmap_decode(b'\xe9'))
print(_codecs.charmap_encode('ab', 'strict', {97: 65, 98: b'BB'}), _codecs.charmap_decode(b'ab', 'strict', {97: 'xy', 98: 66}))
for f in [lambda: _codecs.charmap_encode('a\x81', 'strict', m), lambda: _codecs.charmap_decode(b'\x81', 'strict', table),
          lambda: _codecs.charmap_encode('c', 'strict', {99: 300}), lambda: _codecs.charmap_encode('c', 'strict', {99: 'x'}),
          lambda: _codecs.charmap_decode(b'c', 'strict', {99: 1.5}), lambda: _codecs.charmap_encode('é'),
          lambda: _codecs.utf_8_decode(), lambda: _codecs.utf_8_decode(b'', 1), lambda: _codecs.utf_8_encode(b''),
          lambda: _codecs.utf_8_decode(b'', x=1), lambda: _codecs.utf_16_encode('', None, 'x'), lambda: _codecs.lookup(1),
          lambda: _codecs.escape_encode('x'), lambda: _codecs.escape_decode(b'\\'), lambda: _codecs.escape_decode(b'\\x4'),
          lambda: _codecs.escape_decode(b'\\x4', 'bogus'), lambda: _codecs.unicode_escape_decode(b'\\N{NOPE}'),
          lambda: _codecs.utf_7_decode(b'+\xff'), lambda: _codecs.utf_32_decode(b'\x00\x00\x11\x00')]:
    try:
        print(f())
    except Exception as x:
        print(type(x).__name__, x)
print(_codecs.escape_decode(b'\\x4g', 'replace'), _codecs.escape_decode(b'\\x4g', 'ignore'))
print(sorted(n for n in dir(_codecs) if not n.startswith('__')))
