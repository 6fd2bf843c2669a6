print(-0j, 0j, 1j, -1j, complex(-0.0, -0.0), complex(0.0, -0.0), complex(-0.0, 0.0))
print(complex(float('nan'), float('inf')), complex(float('-inf'), float('nan')), 1e16j, 1e17+1j, 1.5e-7j, 123456789012345678j)
print(repr(1+2j), str(1+2j), (1+2j,), [1j] if False else '', 0.1j + 0.2j)
