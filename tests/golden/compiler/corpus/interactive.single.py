x = 1 + 2; x; print(x)
