print(b'a' in b'abc', b'bc' in b'abc', b'' in b'', 98 in b'abc', 0 in b'abc', b'x' in bytearray(b'x'), 120 in bytearray(b'x'), bytearray(b'b') in b'abc')
