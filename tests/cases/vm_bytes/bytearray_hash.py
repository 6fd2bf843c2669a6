print(hash(bytearray(b'a')))
