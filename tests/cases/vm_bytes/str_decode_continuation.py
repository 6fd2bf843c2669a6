str(b'\xe2\x82(', 'utf8')
