# pickle.dumps of the builtin value types at every protocol: the bytes, and that loads gives them back.
import pickle, io

values = [
    0, 1, -1, 255, 256, 65535, 65536, -256, 2**31 - 1, -2**31, 2**31, 2**63, -2**63 - 1, 2**100, -(2**1000) + 7,
    0.0, -0.0, 1.5, 1e300, -2.5e-300, float('inf'), float('-inf'), 3.141592653589793,
    '', 'a', 'abc', 'é', 'caf\xe9\u20ac', '\U0001f600', 'line\nbreak', 'back\\slash', 'a' * 300,
    b'', b'a', b'xy', bytes(range(256)), b'z' * 300,
    bytearray(), bytearray(b'ab'),
    None, True, False, ...,
    (), (1,), (1, 2), (1, 2, 3), (1, 2, 3, 4), [], [1], [1, [2, [3]]], {}, {'a': 1, 2: 'b'},
    set(), {1, 2, 3}, frozenset(), frozenset({'x'}),
    1j, complex(1.5, -2), range(3), range(1, 10, 2), slice(1, 2, 3), NotImplemented,
]
for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    print('protocol', proto)
    for v in values:
        try:
            d = pickle.dumps(v, proto)
        except Exception as e:
            print(' ', repr(v)[:40], 'dumps:', type(e).__name__, e)
            continue
        back = pickle.loads(d)
        same = back == v or (v != v and back != back)
        print(' ', repr(v)[:40], d if len(d) < 120 else (len(d), d[:60], d[-20:]), same, type(back) is type(v))

# Surrogates: protocol 0 escapes them, the binary protocols write them with surrogatepass.
for proto in range(6):
    s = 'a\ud800b\udfffc'
    d = pickle.dumps(s, proto)
    print(proto, d, pickle.loads(d) == s)

# Float formats of protocol 0 and the big ints of the text protocols.
for proto in (0, 1):
    for v in (0.1, 1e16, 1.0000000000000002, 2**64, -(2**64)):
        print(proto, pickle.dumps(v, proto))

# dump/load with files, several pickles in one stream.
f = io.BytesIO()
for proto in range(6):
    pickle.dump({'p': proto, 'l': [1, 2.5, 'x']}, f, proto)
f.seek(0)
for proto in range(6):
    print(pickle.load(f))
try:
    pickle.load(f)
except EOFError as e:
    print('EOFError')  # the C unpickler says 'Ran out of input', the Python one nothing
print(pickle.DEFAULT_PROTOCOL, pickle.HIGHEST_PROTOCOL, pickle.format_version, pickle.compatible_formats)
