z = 1+2j
print(z == 1+2j, z != 1, (1+0j) == 1, (1+0j) == 1.0, 2**0.5 == complex(2**0.5), 1 == 1+0j, 1.0 != 1j)
print(hash(1+2j), hash(complex(0, -1)), hash(1j), hash(3+0j) == hash(3), hash(-1+0j), hash(0.5j))
print({1j: 'x', 2: 'y'}[1j], {2+0j: 'two'}[2], 1j in (1j, 2j), (2**53+1)+0j == 2**53+1)
print(not 0j, not 1j, abs(3+4j), abs(-0j), abs(complex(float('inf'), float('nan'))))
