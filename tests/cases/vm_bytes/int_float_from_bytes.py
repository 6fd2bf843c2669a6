print(int(b'42'), int(b' -7 '), int(bytearray(b'ff'), 16), int(b'0b101', 0), float(b'1.5'), float(bytearray(b'-inf')), ord(b'a'), ord(bytearray(b'\xff')))
print(str(b'caf\xc3\xa9', 'utf-8'), str(b'\xff', 'latin-1'), str(b'ab', encoding='ascii'), str(b'\xffa', 'utf-8', 'replace'), str(b'\xe9', 'ascii', 'ignore'))
