def g():
    i = 0
    while True:
        yield i
        i += 1
for v in g():
    if v > 3:
        break
    print(v)
print('after break')
