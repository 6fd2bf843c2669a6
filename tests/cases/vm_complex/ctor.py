print(complex(), complex(1), complex(1, 2), complex(1.5, -0.0), complex('1+2j'), complex(' 3j '), complex('-1.5e3-2J'))
print(complex(1j, 1j), complex(1+2j, 3+4j), complex(True, False), complex(2**60), complex('(1+2j)'), complex('inf-nanj'), complex('1_0+2_0j'))
print(complex(real=1, imag=2), complex(imag=3), complex(real=4j))
