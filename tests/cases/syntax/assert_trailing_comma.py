assert x > 0,
