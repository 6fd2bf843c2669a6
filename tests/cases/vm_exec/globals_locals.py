g = globals()
print(g is globals(), g["__name__"])
a = 1
print(globals()["a"], locals() is globals())

def f(p, q=2):
    r = p + q
    d = locals()
    print(sorted(d), d["p"], d["r"])
    s = 5
    print(sorted(locals()))
    print(d is locals())
    return globals() is g

print(f(1))

def g2():
    x = 1
    del x
    return locals()

print(g2())

class C:
    k = 1
    print(sorted(locals()))
