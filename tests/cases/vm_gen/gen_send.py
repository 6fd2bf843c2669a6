def acc():
    total = 0
    while True:
        x = yield total
        total += x
a = acc()
print(a.send(None))
print(a.send(5))
print(a.send(10))
print(next(a) if False else a.send(1))
