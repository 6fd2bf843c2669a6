def g():
    try:
        yield 1
    finally:
        yield 'from finally'
for v in g():
    print(v)
