# bz2.compress output for several sizes, levels and kinds of data (libbzip2's bytes exactly),
# periodic blocks included, where equal rotations keep libbzip2's sorting order.
import bz2, random, zlib
print(bz2.compress(b'hello world' * 3))
print(bz2.compress(b''), bz2.compress(b'a', 1), bz2.compress(b'\x00' * 3, 2))
r = random.Random(1)
text = b'The quick brown fox jumps over the lazy dog. ' * 40 + bytes(range(256))
samples = {
    'text': text,
    'runs': b''.join(bytes([r.randrange(256)]) * r.randrange(1, 600) for _ in range(300)),
    'long_run': b'a' * 10000 + b'b' * 255 + b'c' * 256 + b'd' * 4 + b'e' * 5,
    'periodic': b'abcde' * 1900,
    'random': bytes(r.randrange(256) for _ in range(20000)),
    'repeated_random': bytes(r.randrange(256) for _ in range(6000)) * 2,
    'repeated_text': text[:3001] * 4,
    'few_symbols': bytes(r.choice(b'ab') for _ in range(30000)),
    'skewed': bytes(min(int(r.expovariate(0.3)), 255) for _ in range(40000)),
}
for name, data in samples.items():
    for level in (1, 5, 9):
        c = bz2.compress(data, level)
        print(name, level, len(c), zlib.crc32(c), c[:40].hex(), bz2.decompress(c) == data)
print(bz2.compress(samples['text'], 9)[-60:])
