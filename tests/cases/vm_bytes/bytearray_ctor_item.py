bytearray([1, 300])
