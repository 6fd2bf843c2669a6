def f():
    raise KeyboardInterrupt("stop")
print("x")
f()
