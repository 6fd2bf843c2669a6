print(1j/0)
