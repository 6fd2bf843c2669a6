print(b'abc' == b'abc', b'abc' != b'abd', b'a' < b'b', b'ab' < b'abc', b'b' > b'abc', b'' <= b'', b'abc' == 'abc')
print(hash(b'abc') == hash('abc'), hash(b'') == hash(''), hash(b'\xe9') == hash('\xe9'), {b'k': 1, b'j': 2}[b'k'])
print(b'abc' == bytearray(b'abc'), bytearray(b'abc') == b'abc', bytearray(b'a') < b'b', bytearray(b'x') == bytearray(b'x'))
