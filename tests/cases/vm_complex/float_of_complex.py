float(1j)
