def g():
    try:
        yield 1
        yield 2
    finally:
        print('finally runs when the generator dies')
it = g()
print(next(it))
print('dropping')
del it
print('dropped')
