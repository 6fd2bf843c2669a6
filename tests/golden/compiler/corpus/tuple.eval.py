(a, b, *c)
