exec("x = 1 + 2")
print(x)
exec("def f(a):\n    return a * 2\n")
print(f(21))
exec("print('printed from exec')")
print(exec("1"))
g = {}
exec("y = 10\nz = y + 1", g)
print(g["y"], g["z"], "__builtins__" in g, type(g["__builtins__"]).__name__)
l = {}
exec("w = 5", g, l)
print(l, "w" in g)
