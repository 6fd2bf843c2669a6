mask = 0b101k
