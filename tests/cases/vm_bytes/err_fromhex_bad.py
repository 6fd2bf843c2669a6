print(repr(bytes.fromhex('a g')))
