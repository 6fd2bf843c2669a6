import array
for args in [(), ('x',), ('ii',), (1,), ('i', 'abc'), ('i', array.array('u', 'a')), ('i', 1), ('i', True), ('i', [1], 2), ('', [])]:
    try:
        print(array.array(*args))
    except Exception as e:
        print(type(e).__name__, e)
try:
    array.array('i', typecode='i')
except TypeError as e:
    print(e)
def gen():
    yield 1
    raise ValueError('boom')
try:
    array.array('i', gen())
except ValueError as e:
    print(e)
print(array.array('i', (x for x in range(3))), array.array('d', {1: 'a'}), array.array('b', {2}))
