# marshal of the values code objects hold: the bytes CPython writes (references included) and
# the objects read back.
import marshal

print(marshal.version)
print(marshal.dumps([1, 2]))
x = [1, 2]
print(marshal.dumps(x))
print(marshal.dumps((1, 'a', b'b', 2.5, 1j, None, True, False, ..., {1: 2}, {3}, frozenset(), 2**40, -5, 'é', 'x' * 300, -2**100)))
print(marshal.dumps('hel' + str(1)), marshal.dumps(StopIteration))
shared = (1, 2)
print(marshal.dumps([shared, shared, [shared]]))
v = (1, [2, {'a': (3.5, None)}], {4, 5}, frozenset({'x'}), b'q', bytearray(b'r'), 10**30, -0.0, float('inf'), 'ü' * 3, '\U0001f600')
print(marshal.loads(marshal.dumps(v)))
print(marshal.dumps(1.5, 1), marshal.dumps('abc', 2), marshal.dumps((1,), 3), marshal.dumps([0.25], 0))
for version in range(5):
    print(version, marshal.loads(marshal.dumps([1.5, 'x', (2,), {'k': b'v'}], version)))
for bad in [b'', b'x', b'i\x01', b'\x01', b'r\x00\x00\x00\x00', b'[\x01\x00\x00\x00', b'l\x01\x00\x00\x00\x00\x00', b'l\x01\x00\x00\x00\xff\xff']:
    try:
        print(marshal.loads(bad))
    except Exception as e:
        print(type(e).__name__, e)
for bad in [object(), [object()], int, {1: len}]:
    try:
        marshal.dumps(bad)
    except Exception as e:
        print(type(e).__name__, e)
for args in [(), (1, 2, 3), (1, 'v')]:
    try:
        marshal.dumps(*args)
    except Exception as e:
        print(type(e).__name__, e)
try:
    marshal.loads('str')
except Exception as e:
    print(type(e).__name__, e)
print(marshal.loads(memoryview(marshal.dumps('mv'))))
import io
b = io.BytesIO()
marshal.dump([1, 'two'], b)
marshal.dump(3, b)
b.seek(0)
print(marshal.load(b), marshal.load(b), b.tell())
