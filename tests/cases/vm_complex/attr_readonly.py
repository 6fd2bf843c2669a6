z = 1j
z.real = 5
