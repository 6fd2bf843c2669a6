b = b'hello world'
print(len(b), b[0], b[-1], b[1:4], b[::-1], b[::2], b[100:], b[-3:], b[:], b[2:2])
print(list(b'abc'), [x + 1 for x in b'ab'], tuple(b'') if False else 0, b'abc'[True])
it = iter(b'xy')
print(next(it), next(it))
