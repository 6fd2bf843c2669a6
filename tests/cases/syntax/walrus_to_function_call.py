print((f() := 3))
