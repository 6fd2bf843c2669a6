assert (y, "x")
