int(1j)
