z = 3jx
