compile("1", "f", "exec", 0x7fffffff)
