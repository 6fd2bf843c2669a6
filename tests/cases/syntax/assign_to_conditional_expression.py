a if cond else b = 1
