it = iter((1, 2, 3))
print(next(it), next(it), next(it), next(it, 'end'))
s = iter('hé')
print(next(s), next(s), next(s, None))
d = iter({'a': 1, 'b': 2})
print(next(d), next(d))
r = iter(range(2))
print(next(r), next(r), next(r, '!'))
def g():
    yield 1
gen = g()
print(iter(gen) is gen)
