1 + x * 2 if a else b[1:2, ::3]
