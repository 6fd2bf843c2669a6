def f(a):
    b = 2
    exec("c = a + b")
    l = locals()
    print(sorted(l), l["c"])
    exec("b = 100")
    print(b, locals()["b"])
    print(eval("a + b"))

f(1)

def g():
    ns = {}
    exec("v = 3", None, ns)
    return ns

print(g())

def h():
    y = 7
    return eval("y + 1")

print(h())
