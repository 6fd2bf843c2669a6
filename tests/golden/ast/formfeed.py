x = 1
y = 2
def f():
    pass
if x: pass
z = [1,
2]
