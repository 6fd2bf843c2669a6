b = b'ab'
print(b + b'cd', b + bytearray(b'!'), b * 3, 3 * b, b * 0, b * -1, b'' + b'', b + b'')
x = b'q'
x += b'r'
x *= 2
print(x)
