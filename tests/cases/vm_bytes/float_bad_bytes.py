print(float(b' 1.5 '), float(bytearray(b'-2')))
float(b'x')
