ba = bytearray(b'a')
ba[3] = 1
