ord(b'ab')
