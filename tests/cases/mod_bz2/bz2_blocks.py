# Data of more than one block (100k per level), given whole or in pieces to a BZ2Compressor.
import bz2, random, zlib
r = random.Random(7)
words = [bytes(r.choice(b'abcdefghijklmnopqrstuvwxyz') for _ in range(r.randrange(2, 9))) for _ in range(500)]
data = b' '.join(r.choice(words) for _ in range(60000))
print(len(data))
for level in (1, 2):
    c = bz2.compress(data, level)
    print(level, len(c), zlib.crc32(c), bz2.decompress(c) == data)
    comp = bz2.BZ2Compressor(level)
    parts = [comp.compress(data[i:i + 30001]) for i in range(0, len(data), 30001)]
    print([len(p) for p in parts])
    tail = comp.flush()
    print(b''.join(parts) + tail == c)
# Runs that cross a block boundary at level 1.
data = bytes(r.randrange(256) for _ in range(99970)) + b'z' * 500 + b'end'
c = bz2.compress(data, 1)
print(len(c), zlib.crc32(c), bz2.decompress(c) == data)
