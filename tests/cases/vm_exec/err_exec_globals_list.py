exec("x = 1", [])
