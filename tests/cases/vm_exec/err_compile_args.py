compile("1", "f")
