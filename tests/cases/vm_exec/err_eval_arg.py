eval(42)
