str(b'a' if False else 1, encoding=5)
