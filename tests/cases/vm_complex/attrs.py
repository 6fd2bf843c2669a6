z = 3-4j
print(z.real, z.imag, z.conjugate(), (1j).conjugate(), z.__format__('.1f'), complex.conjugate(2+0j), (-0j).imag, abs(z))
