print(b'\xed\xa0\x80'.decode('utf-8', 'surrogatepass') == '\ud800', 'a\ud800b'.encode('utf-8', 'surrogatepass'), b'a\xffb'.decode('utf-8', 'surrogateescape').encode('utf-8', 'surrogateescape'))
