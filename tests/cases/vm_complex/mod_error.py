print(5 % 1j)
