def g():
    try:
        yield 1
        yield 2
    finally:
        print('cleanup')
for v in g():
    print(v)
print('done')
