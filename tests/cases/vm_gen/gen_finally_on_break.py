def g():
    try:
        i = 0
        while True:
            yield i
            i += 1
    finally:
        print('closed at', i)
for v in g():
    if v == 2:
        break
print('after loop')
