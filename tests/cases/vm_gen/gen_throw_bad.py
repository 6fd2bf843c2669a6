def g():
    yield 1
it = g()
next(it)
for bad in (5, 'x', None):
    try:
        it.throw(bad)
    except TypeError as e:
        print(e)
try:
    it.throw()
except TypeError as e:
    print(e)
print(next(it))
