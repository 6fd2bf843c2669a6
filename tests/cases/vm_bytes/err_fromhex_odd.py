print(repr(bytes.fromhex('abc')))
