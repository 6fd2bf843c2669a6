print(repr(bytearray().pop()))
