print(b'abc', b'', b'\x00\xff\'"', b"it's", b'"', b'\t\n\r\\', bytes(range(30, 40)), b'\x7f\x80')
print(repr(b'x'), str(b'y'), [b'a', b'b'], (b'',), f"{b'z'}", f"{b'z'!r}")
print(bytearray(b'abc'), bytearray(), bytearray(b"'"), bytearray(b'"'), bytearray(b'\'"'), bytearray(b'\x00\\'))
