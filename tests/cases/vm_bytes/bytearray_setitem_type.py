ba = bytearray(b'a')
ba[0] = b'x'
