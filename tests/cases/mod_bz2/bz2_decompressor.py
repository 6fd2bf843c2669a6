# BZ2Decompressor: max_length, needs_input, eof, unused_data, and input given a byte at a time.
import bz2, random
r = random.Random(3)
data = bytes(r.choice(b'xyz \n') for _ in range(50000)) + b'q' * 3000
c = bz2.compress(data, 1)
d = bz2.BZ2Decompressor()
print(d.eof, d.needs_input, d.unused_data)
out = [d.decompress(c[:100], 0)]
print(len(out[0]), d.needs_input, d.eof)
out.append(d.decompress(b'', 1000))
print(len(out[-1]), d.needs_input)
out.append(d.decompress(c[100:5000], 20000))
print(len(out[-1]), d.needs_input)
while not d.eof:
    out.append(d.decompress(b'' if not d.needs_input else c[5000:] + b'tail', max_length=7000))
    print(len(out[-1]), d.needs_input, d.eof)
print(b''.join(out) == data, d.unused_data)
try:
    d.decompress(b'more')
except EOFError as e:
    print('EOFError', e)
# A byte at a time.
d = bz2.BZ2Decompressor()
got = []
for i in range(len(c)):
    got.append(d.decompress(c[i:i + 1]))
    if got[-1]:
        print(i, len(got[-1]), d.needs_input)
print(b''.join(got) == data, d.eof, d.needs_input, d.unused_data)
# Exactly the output's length as max_length: the end is reached in the same call.
small = bz2.compress(b'hello' * 10)
d = bz2.BZ2Decompressor()
print(d.decompress(small, 50), d.eof, d.needs_input)
d = bz2.BZ2Decompressor()
print(d.decompress(small + b'XYZ', 49), d.eof, d.needs_input, d.unused_data)
print(d.decompress(b'', 5), d.eof, d.needs_input, d.unused_data)
# The stream's end in pieces, and what follows it.
d = bz2.BZ2Decompressor()
print(d.decompress(small[:-5]), d.eof, d.needs_input)
print(d.decompress(small[-5:] + small), d.eof, len(d.unused_data))
print(bz2.decompress(small + small + small) == b'hello' * 30, bz2.decompress(b''))
