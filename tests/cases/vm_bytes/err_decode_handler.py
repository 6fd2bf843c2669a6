print(repr(b'\xff'.decode('ascii', 'bogus')))
