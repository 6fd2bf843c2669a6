import codecs, sys
print(codecs.lookup("utf8").name)
print('é€'.encode('cp1252'), b'\x80abc'.decode('cp1252'))
print(codecs.encode('abc', 'rot13'))
for s in ['abc', 'é', '\ud800', 'a\udc80\u20ac']:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16', 'utf-32-be', 'utf-7', 'cp1252', 'unicode_escape', 'raw_unicode_escape']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'xmlcharrefreplace', 'namereplace', 'surrogateescape', 'surrogatepass']:
            try:
                print(enc, err, s.encode(enc, err))
            except Exception as e:
                print(enc, err, type(e).__name__, e)
for b in [b'abc', b'\xe9', b'\xed\xa0\x80', b'\xf0\x9f\x98', b'+AGEAYgBj-', b'\x00\xd8', b'\\u00e9\\x']:
    for enc in ['utf-8', 'ascii', 'latin-1', 'utf-16-le', 'utf-32', 'utf-7', 'cp1252', 'unicode_escape', 'raw_unicode_escape']:
        for err in ['strict', 'ignore', 'replace', 'backslashreplace', 'surrogateescape', 'surrogatepass']:
            try:
                print(enc, err, ascii(b.decode(enc, err)))
            except Exception as e:
                print(enc, err, type(e).__name__, e)
