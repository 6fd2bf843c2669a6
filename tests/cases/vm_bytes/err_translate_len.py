print(repr(b'abc'.translate(b'x')))
