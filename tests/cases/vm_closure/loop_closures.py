def make():
    fs = {}
    for i in range(3):
        def f():
            return i
        fs[i] = f
    return fs
fs = make()
for k in fs:
    print(fs[k]())
def make2():
    fs = {}
    for i in range(3):
        def f(i=i):
            return i
        fs[i] = f
    return fs
fs = make2()
for k in fs:
    print(fs[k]())
