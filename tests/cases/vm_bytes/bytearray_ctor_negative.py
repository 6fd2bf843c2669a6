bytearray(-1)
