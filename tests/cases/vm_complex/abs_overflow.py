print(abs(complex(1e308, 1e308)))
