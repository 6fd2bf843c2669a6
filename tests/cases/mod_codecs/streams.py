import codecs
import io

# Incremental coders
for enc in ['utf-8', 'utf-16', 'utf-32-le', 'utf-7', 'utf-8-sig', 'latin-1', 'cp1252', 'unicode_escape']:
    dec = codecs.getincrementaldecoder(enc)()
    data = 'añ€\U0001f600z'.encode(enc, 'backslashreplace' if enc in ('latin-1', 'cp1252') else 'strict')
    parts = [dec.decode(data[i:i + 1]) for i in range(len(data))]
    parts.append(dec.decode(b'', final=True))
    print(enc, ascii(parts), ascii(''.join(parts)))
    enc_ = codecs.getincrementalencoder(enc)()
    print(enc, enc_.encode('ab') + enc_.encode('c', final=True))

dec = codecs.getincrementaldecoder('utf-8')()
print(dec.decode(b'\xe2\x82'), dec.getstate())
try:
    dec.decode(b'', final=True)
except UnicodeDecodeError as e:
    print(e)

# iterencode / iterdecode
print(list(codecs.iterdecode([b'\xe2', b'\x82', b'\xac', b'x'], 'utf-8')))
print(b''.join(codecs.iterencode(['a', 'b'], 'utf-16')))

# Stream readers and writers
buf = io.BytesIO()
w = codecs.getwriter('utf-16-le')(buf)
w.write('héllo\n')
w.writelines(['wörld\n', 'x'])
print(buf.getvalue())
r = codecs.getreader('utf-16-le')(io.BytesIO(buf.getvalue()))
print(ascii(r.readline()), ascii(r.read()))
r = codecs.getreader('utf-8')(io.BytesIO('ab\ncd\r\nef'.encode()))
print(r.readlines())
srw = codecs.StreamReaderWriter(io.BytesIO(b'abc'), codecs.getreader('ascii'), codecs.getwriter('ascii'))
print(srw.read())

# codecs.open
import os
path = '/tmp/glasspy_codecs_case.txt'
with codecs.open(path, 'w', encoding='utf-16') as f:
    f.write('ünï\ncode\n')
with open(path, 'rb') as f:
    print(f.read())
with codecs.open(path, 'r', encoding='utf-16') as f:
    print(ascii(f.read()))
with codecs.open(path, 'r', encoding='utf-16') as f:
    print([ascii(line) for line in f])
os.remove(path)

# BOMs and helpers
print(codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, codecs.BOM == codecs.BOM_UTF16_LE)
print(codecs.getencoder('utf-8')('x'), codecs.getdecoder('latin-1')(b'\xff'))
print('x'.encode('utf-8-sig'), b'\xef\xbb\xbfx'.decode('utf-8-sig'))
print('\u20ac'.encode('utf_16_be'), '\u20ac'.encode('UTF-32'), b'\xff\xfe\x00\x00\xac\x20\x00\x00'.decode('utf32'))
print(str(b'\x80', 'cp1252'), bytes('€', 'cp1252'), bytearray('€', 'cp1252'))
print('abc'.encode('idna') if False else 'skip', 'Ω'.encode('mac_roman'), b'\xbd'.decode('iso8859_15'))
