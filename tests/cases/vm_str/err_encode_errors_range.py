print(repr('aéé€'.encode('latin-1')))
