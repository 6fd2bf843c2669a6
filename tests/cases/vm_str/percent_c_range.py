print('%c' % 0x110000)
