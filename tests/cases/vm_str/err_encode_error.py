print(repr('aé'.encode('ascii')))
