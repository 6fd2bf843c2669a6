ba = bytearray(b'a')
ba[0] = 256
