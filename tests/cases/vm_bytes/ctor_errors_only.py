bytes('a', errors='strict')
