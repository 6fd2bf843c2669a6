compile("1", "<f>", "run")
