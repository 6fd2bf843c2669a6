g = {"__builtins__": {"len": lambda s: 99}}
print(eval("len('ab')", g))
exec("r = len([1])", g)
print(g["r"])
