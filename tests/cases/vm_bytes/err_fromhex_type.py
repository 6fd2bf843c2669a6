print(repr(bytes.fromhex(1)))
