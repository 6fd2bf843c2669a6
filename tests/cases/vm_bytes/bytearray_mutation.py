ba = bytearray(b'hello')
ba[0] = 74
print(ba)
ba += b' world'
ba[1:3] = b'EE'
del ba[-1]
print(ba, len(ba))
ba[::2] = b'123456'
print(ba)
del ba[::3]
print(ba)
ba[2:4] = [65, 66, 67]
ba[:0] = bytearray(b'<')
ba[len(ba):] = b'>'
print(ba)
ba *= 2
print(ba, ba[0], ba[-2:])
ba[:] = b''
print(ba, not ba)
