#!/usr/bin/env python3
"""Regenerate tests/fixtures/hash/*.json from the reference interpreter.

Run with CPython 3.12.1 (never the 3.11 `python3`):

    PYENV_VERSION=3.12.1 python3 tools/gen-hash-fixtures.py

The values are drawn from a fixed random.Random seed and the parent runs under
PYTHONHASHSEED=0, so a rerun writes the same files (except pointer.json, whose addresses are
whatever the reference's allocator hands out: it only pairs each address with its hash). Hashes of str, bytes and of
containers holding them depend on PYTHONHASHSEED, so the parent process re-runs this
script as a worker under each seed (`--worker`, values on stdin, hashes on stdout).

Value encoding (tagged JSON arrays, decoded by tests/unit/hash-fixtures.test.ts):
  ["i", "123"]            int (decimal)
  ["s", "text"]           str without surrogate code points (JSON-safe as is)
  ["u", [cp, ...]]        str given as code points (contains U+D800..U+DFFF)
  ["b", "hex"]            bytes
  ["f", "hex16"]          float, IEEE-754 bit pattern, big-endian hex
  ["c", "hex16", "hex16"] complex (real bits, imag bits)
  ["N"] None, ["T"] True, ["F"] False
  ["t", [items]]          tuple
  ["z", [items]]          frozenset, items in the reference's iteration order
  ["S", a, b, c]          slice(a, b, c), each part encoded
  ["R", "a", "b", "c"]    range(a, b, c) (decimal ints)
Hash values are decimal strings (they are signed 64-bit).

Files: str/bytes/tuple/frozenset.json {seeds, secrets (the 24 _Py_HashSecret bytes per seed, read
with ctypes), values, hashes[seed]}; int/float/complex.json [value..., hash]; pointer.json
(_Py_HashPointer of synthetic addresses via ctypes, id/hash of real objects, NaN floats and
complexes, bound methods, method-wrappers); seed-parse.json (PYTHONHASHSEED texts: fixed secret,
random, or the fatal error); dunder.json (a __hash__ returning v -> hash); set-orders.json
(under PYTHONHASHSEED=0: the items a set was built from, in order, and list(set(items)) -- for
the set table, not checked by the hash tests).
"""
import ctypes
import json
import math
import os
import random
import struct
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'hash')
SEEDS = [0, 1, 42, 12345, 2147483648, 4294967295]
P = (1 << 61) - 1
M64 = (1 << 64) - 1


# ---------------------------------------------------------------- encoding

def fbits(x):
    return struct.pack('>d', x).hex()


def ffrom(h):
    return struct.unpack('>d', bytes.fromhex(h))[0]


def enc(v):
    if v is None:
        return ['N']
    if v is True:
        return ['T']
    if v is False:
        return ['F']
    if isinstance(v, int):
        return ['i', str(v)]
    if isinstance(v, str):
        if any(0xD800 <= ord(c) <= 0xDFFF for c in v):
            return ['u', [ord(c) for c in v]]
        return ['s', v]
    if isinstance(v, bytes):
        return ['b', v.hex()]
    if isinstance(v, float):
        return ['f', fbits(v)]
    if isinstance(v, complex):
        return ['c', fbits(v.real), fbits(v.imag)]
    if isinstance(v, tuple):
        return ['t', [enc(x) for x in v]]
    if isinstance(v, frozenset):
        return ['z', [enc(x) for x in v]]
    if isinstance(v, slice):
        return ['S', enc(v.start), enc(v.stop), enc(v.step)]
    if isinstance(v, range):
        return ['R', str(v.start), str(v.stop), str(v.step)]
    raise TypeError(type(v))


def dec(e):
    t = e[0]
    if t == 'N':
        return None
    if t == 'T':
        return True
    if t == 'F':
        return False
    if t == 'i':
        return int(e[1])
    if t == 's':
        return e[1]
    if t == 'u':
        return ''.join(map(chr, e[1]))
    if t == 'b':
        return bytes.fromhex(e[1])
    if t == 'f':
        return ffrom(e[1])
    if t == 'c':
        return complex(ffrom(e[1]), ffrom(e[2]))
    if t == 't':
        return tuple(dec(x) for x in e[1])
    if t == 'z':
        return frozenset(dec(x) for x in e[1])
    if t == 'S':
        return slice(dec(e[1]), dec(e[2]), dec(e[3]))
    if t == 'R':
        return range(int(e[1]), int(e[2]), int(e[3]))
    raise TypeError(t)


# ---------------------------------------------------------------- worker

def worker():
    """Hash every encoded value read from stdin under this process's PYTHONHASHSEED."""
    values = [dec(e) for e in json.load(sys.stdin)]
    secret = bytes((ctypes.c_ubyte * 24).in_dll(ctypes.pythonapi, '_Py_HashSecret'))
    json.dump({'secret': secret.hex(), 'hashes': [str(hash(v)) for v in values]}, sys.stdout)


def run_worker(encoded, seed_text):
    env = dict(os.environ, PYTHONHASHSEED=seed_text)
    r = subprocess.run([sys.executable, os.path.abspath(__file__), '--worker'],
                       input=json.dumps(encoded), capture_output=True, text=True, env=env, check=True)
    return json.loads(r.stdout)


# ---------------------------------------------------------------- value generators

R = random.Random(20231207)

# Code point pools per CPython kind. Surrogates are excluded from the first four.
ASCII = (0, 0x7F)
LATIN1 = (0x80, 0xFF)
BMP = (0x100, 0xFFFF)
ASTRAL = (0x10000, 0x10FFFF)
SURR = (0xD800, 0xDFFF)


def rand_cp(lo, hi):
    while True:
        c = R.randint(lo, hi)
        if not (0xD800 <= c <= 0xDFFF) or (lo, hi) == SURR:
            return c


def rand_str(n, top):
    """A str of n code points whose largest pool is `top` (one of the pools above)."""
    pools = {ASCII: [ASCII], LATIN1: [ASCII, LATIN1], BMP: [ASCII, LATIN1, BMP],
             ASTRAL: [ASCII, LATIN1, BMP, ASTRAL], SURR: [ASCII, BMP, SURR, ASTRAL]}[top]
    cps = [rand_cp(*R.choice(pools)) for _ in range(n)]
    if n and top != ASCII:
        cps[R.randrange(n)] = rand_cp(*top)  # make sure the kind is the intended one
    return ''.join(map(chr, cps))


def gen_strs():
    out = ['', 'a', 'abc', 'hello world', '\x00', '\x00' * 9, '\xff', '\u0100', '\uffff',
           '\U00010000', '\U0010ffff', '\ud800', '\udfff', '\ud83d\ude00', '\U0001f600',
           '\ud83d', '\ude00\ud83d', 'a\ud800b', '\U0001f600\ud800']
    for n in range(0, 72):  # every tail length of every kind, with extreme units
        for top, hi in ((ASCII, 0x7F), (LATIN1, 0xFF), (BMP, 0xFFFF), (ASTRAL, 0x10FFFF)):
            out.append(rand_str(n, top))
            if n:
                out.append(chr(hi) * n)
                out.append(chr(0) * (n - 1) + chr(hi))
    for n in (127, 128, 129, 255, 256, 257, 511, 512, 513, 1000, 4096):
        for top in (ASCII, LATIN1, BMP, ASTRAL, SURR):
            out.append(rand_str(n, top))
    for top, count in ((ASCII, 1500), (LATIN1, 1000), (BMP, 1000), (ASTRAL, 1000), (SURR, 800)):
        for _ in range(count):
            n = R.choice([R.randint(0, 8), R.randint(0, 24), R.randint(0, 80), R.randint(0, 300)])
            out.append(rand_str(n, top))
    # identifiers and words, as dict keys mostly are
    for _ in range(300):
        out.append(''.join(R.choice('abcdefghijklmnopqrstuvwxyz_') for _ in range(R.randint(1, 16))))
    return out


def gen_bytes():
    out = [b'', b'\x00', b'\xff' * 8, bytes(range(256))]
    for n in range(0, 80):
        out.append(bytes(R.getrandbits(8) for _ in range(n)))
        out.append(b'\xff' * n)
    for n in (255, 256, 257, 1024, 5000):
        out.append(bytes(R.getrandbits(8) for _ in range(n)))
    for _ in range(2000):
        n = R.choice([R.randint(0, 16), R.randint(0, 100), R.randint(0, 600)])
        out.append(bytes(R.getrandbits(8) for _ in range(n)))
    return out


def gen_ints():
    out = set()
    for k in range(0, 260):
        for d in (-2, -1, 0, 1, 2):
            out.add((1 << k) + d)
            out.add(-(1 << k) + d)
    for m in range(0, 40):
        for d in (-2, -1, 0, 1, 2):
            out.add(m * P + d)
            out.add(-m * P + d)
            out.add(P ** 2 * m + d)
    for k in (60, 61, 62, 63, 64, 122, 183):
        out.add((1 << k) - 1)
        out.add(-((1 << k) - 1))
    for _ in range(4000):
        bits = R.choice([R.randint(0, 30), R.randint(0, 64), R.randint(0, 200), R.randint(0, 3000)])
        v = R.getrandbits(bits) if bits else 0
        out.add(-v if R.random() < 0.5 else v)
    return sorted(out, key=lambda v: (abs(v).bit_length(), v))


def rand_double_bits():
    while True:
        x = struct.unpack('>d', R.getrandbits(64).to_bytes(8, 'big'))[0]
        if not math.isnan(x):
            return x


def gen_floats():
    out = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 1.5, 0.1, 1e-300, 1e300, 5e-324, -5e-324,
           2.2250738585072014e-308, 2.225073858507201e-308, 1.7976931348623157e308,
           -1.7976931348623157e308, math.inf, -math.inf, math.pi, math.e,
           float(2 ** 53), float(2 ** 53 + 2), float(2 ** 61), float(2 ** 62), float(P), float(-P),
           float(2 ** 63), float(2 ** 64), 2.0 ** -1074, 2.0 ** -1022, 2.0 ** 1023,
           -1000004.0, 1e16, 123456789.125, -2.0, 3.0]
    for e in range(-1074, 1024):
        out.append(2.0 ** e)
        if R.random() < 0.3:
            out.append(-(2.0 ** e) * (1 + R.random()))
    for _ in range(2500):
        out.append(rand_double_bits())
    for _ in range(600):  # subnormals
        v = struct.unpack('>d', R.getrandbits(52).to_bytes(8, 'big'))[0]
        out.append(-v if R.random() < 0.5 else v)
    for _ in range(600):  # integral values and dyadic fractions
        v = float(R.getrandbits(R.randint(1, 70))) * 2.0 ** R.randint(-60, 20)
        out.append(-v if R.random() < 0.5 else v)
    for _ in range(300):
        out.append(R.uniform(-1e6, 1e6))
    return out


def gen_complexes(floats):
    out = [1 + 0j, 0j, -0j, 1j, -1j, complex(-1000004.0, 1.0), complex(1.5, -2.5),
           complex(math.inf, 0.0), complex(0.0, math.inf), complex(-math.inf, -math.inf)]
    for _ in range(1500):
        out.append(complex(R.choice(floats), R.choice(floats)))
    for _ in range(300):  # small integral parts, where the 1000003 multiplier matters most
        out.append(complex(R.randint(-5000000, 5000000), R.randint(-5000, 5000)))
    return out


# ---- values crafted so that a container's final hash would be -1 (the error code)

def inv64(a):
    return pow(a, -1, 1 << 64)


def rotr64(x, k):
    return ((x >> k) | (x << (64 - k))) & M64


XXP1, XXP2, XXP5 = 11400714785074694791, 14029467366897019727, 2870177450012600261


def int_with_hash(h):
    """An int whose hash is the Py_hash_t h (as uint64), or None if no int has it."""
    s = h - (1 << 64) if h >> 63 else h
    if s in (-1, -2):
        return None
    if -P < s < P:
        return s
    return None


def tuple_hash_minus_one(n_prefix):
    """A tuple (prefix..., x) whose xxHash accumulator ends at -1 (hash -> 1546275796)."""
    for _ in range(1000):
        prefix = tuple(R.randint(-10 ** 6, 10 ** 6) for _ in range(n_prefix))
        acc = XXP5
        for v in prefix:
            acc = (acc + (hash(v) & M64) * XXP2) & M64
            acc = ((acc << 31) | (acc >> 33)) & M64
            acc = (acc * XXP1) & M64
        n = n_prefix + 1
        target = (M64 - (n ^ (XXP5 ^ 3527539))) & M64  # acc before the length is added
        before_mul = (target * inv64(XXP1)) & M64
        before_rot = rotr64(before_mul, 31)
        lane = ((before_rot - acc) * inv64(XXP2)) & M64
        x = int_with_hash(lane)
        if x is not None:
            t = prefix + (x,)
            assert hash(t) == 1546275796, t
            return t
    raise RuntimeError('no tuple found')


def slice_hash_minus_one():
    """A slice(a, b, x) whose accumulator ends at -1 (slice_hash has no length step)."""
    for _ in range(1000):
        a, b = R.randint(-10 ** 6, 10 ** 6), R.randint(-10 ** 6, 10 ** 6)
        acc = XXP5
        for v in (a, b):
            acc = (acc + (hash(v) & M64) * XXP2) & M64
            acc = ((acc << 31) | (acc >> 33)) & M64
            acc = (acc * XXP1) & M64
        before_rot = rotr64((M64 * inv64(XXP1)) & M64, 31)
        x = int_with_hash(((before_rot - acc) * inv64(XXP2)) & M64)
        if x is not None:
            return slice(a, b, x)
    raise RuntimeError('no slice found')


def rand_slice_or_range():
    if R.random() < 0.5:
        return slice(*(rand_leaf(4) for _ in range(3)))
    start = R.randint(-20, 20)
    stop = start + R.choice([0, 1, 2, R.randint(-50, 50), R.randint(-10 ** 12, 10 ** 12)])
    step = R.choice([1, -1, 2, -3, R.randint(1, 10 ** 15)])
    return range(start, stop, step)


def shuffle_bits(h):
    return (((h ^ 89869747) ^ (h << 16)) * 3644798167) & M64


def frozenset_hash_minus_one(n_prefix):
    """A frozenset of ints whose hash computation ends at -1 (hash -> 590923713)."""
    for _ in range(1000):
        prefix = set()
        while len(prefix) < n_prefix:
            prefix.add(R.randint(-10 ** 9, 10 ** 9))
        n = n_prefix + 1
        target = ((M64 - 907133923) * inv64(69069)) & M64
        # undo h ^= (h >> 11) ^ (h >> 25): the top bits are known first
        h = 0
        for bit in range(63, -1, -1):
            known = h
            b = (target >> bit) & 1
            b ^= (known >> (bit + 11)) & 1 if bit + 11 < 64 else 0
            b ^= (known >> (bit + 25)) & 1 if bit + 25 < 64 else 0
            h |= b << bit
        assert h ^ (h >> 11) ^ (h >> 25) == target
        acc = h ^ (((n + 1) * 1927868237) & M64)
        for v in prefix:
            acc ^= shuffle_bits(hash(v) & M64)
        y = ((acc * inv64(3644798167)) & M64) ^ 89869747  # = h ^ (h << 16)
        lane = 0
        for bit in range(64):
            b = (y >> bit) & 1
            if bit >= 16:
                b ^= (lane >> (bit - 16)) & 1
            lane |= b << bit
        x = int_with_hash(lane)
        if x is not None and x not in prefix:
            fs = frozenset(prefix | {x})
            if len(fs) == n:
                assert hash(fs) == 590923713, fs
                return fs
    raise RuntimeError('no frozenset found')


def rand_leaf(depth):
    k = R.randrange(12)
    if k == 0:
        return R.randint(-10 ** 6, 10 ** 6)
    if k == 1:
        return R.getrandbits(R.randint(60, 300)) * R.choice((1, -1))
    if k == 2:
        return rand_str(R.randint(0, 12), R.choice((ASCII, LATIN1, BMP, ASTRAL, SURR)))
    if k == 3:
        return bytes(R.getrandbits(8) for _ in range(R.randint(0, 12)))
    if k == 4:
        return rand_double_bits()
    if k == 5:
        return complex(rand_double_bits(), R.choice((0.0, 1.0, rand_double_bits())))
    if k == 6:
        return R.choice((None, True, False, -1, -2, 0, P, -P, ''))
    if k == 7 and depth < 4:
        return rand_tuple(depth + 1)
    if k == 8 and depth < 4:
        return rand_frozenset(depth + 1)
    if k == 9 and depth < 4:
        return rand_slice_or_range()
    return R.choice(('x', 'key', 'name', 1.5, 2.0, 10 ** 20))


def rand_tuple(depth=0):
    n = R.choice([0, 1, 2, 3, R.randint(0, 8), R.randint(0, 30)])
    return tuple(rand_leaf(depth) for _ in range(n))


def rand_frozenset(depth=0):
    n = R.choice([0, 1, 2, R.randint(0, 6), R.randint(0, 40)])
    return frozenset(rand_leaf(depth) for _ in range(n))


def gen_tuples():
    out = [(), ((),), ((), ()), (-1,), (-2,), (-1, -2), (1, 1.0, 1 + 0j, True), (None,), ('',),
           (b'',), ((1, 2), (3, 4)), tuple(range(100)), tuple(range(-50, 50))]
    for n in range(1, 4):
        out.append(tuple_hash_minus_one(n))
    out += [slice(None), slice(1, 2, 3), slice(None, 5, None), slice_hash_minus_one(),
            range(0), range(5), range(1, 2), range(7, 8, 100), range(10, 0, -3), range(0, 10 ** 30, 7)]
    for _ in range(400):
        out.append(rand_slice_or_range())
    t = ()
    for _ in range(30):  # deep nesting
        t = (t, len(t))
        out.append(t)
    for _ in range(2000):
        out.append(rand_tuple())
    return out


def gen_frozensets():
    out = [frozenset(), frozenset([0]), frozenset([-1]), frozenset([-1, -2]),  # -1, -2 share a hash
           frozenset([0, P]), frozenset([0, P, 2 * P]), frozenset([1, 2, 3]),
           frozenset([frozenset()]), frozenset([frozenset(), frozenset([frozenset()])]),
           frozenset(range(1000)), frozenset(['a', 'b']), frozenset([(), ((),)])]
    for n in range(1, 4):
        out.append(frozenset_hash_minus_one(n))
    for _ in range(1500):
        out.append(rand_frozenset())
    return out


def gen_set_orders():
    cases = []
    for _ in range(150):
        n = R.randint(0, 30)
        pool = R.choice([(-10, 40), (0, 1000), (-(10 ** 6), 10 ** 6), (0, 2 ** 64)])
        items = [R.randint(*pool) for _ in range(n)]
        if R.random() < 0.3:  # keys colliding modulo small table sizes
            m = R.choice((8, 32, 128))
            items = [R.randint(0, 5) * m + R.randint(0, 1) for _ in range(n)]
        cases.append(items)
    for _ in range(150):
        n = R.randint(0, 30)
        items = [''.join(R.choice('abcdefgh') for _ in range(R.randint(0, 4))) for _ in range(n)]
        cases.append(items)
    for _ in range(60):
        n = R.randint(0, 20)
        cases.append([R.choice([R.randint(-5, 300), rand_str(R.randint(0, 5), R.choice((ASCII, BMP))),
                                None, True, 1.5, (1, 'a')]) for _ in range(n)])
    return cases


# ---------------------------------------------------------------- parent

PARSE_CASES = ['0', '1', '42', '4294967295', '4294967296', ' 5', '\t7', '+5', '-0', '+0', ' 0',
               '00042', '', 'random', 'Random', 'abc', '5 ', '-1', '-5', '0x10', ' ', '+', '-',
               '-18446744073709551615', '-18446744073709551614', '18446744073709551615',
               '18446744073709551616', '-18446744073709551616', '99999999999999999999999',
               '1e3', '4_2', '\n3', '\v3', '\f3', '\r3']


def parse_cases():
    """What the reference does with each PYTHONHASHSEED text: an error, a random seed
    (two runs disagree), or a fixed seed (recorded by its hash secret)."""
    out = []
    code = ('import ctypes;print(bytes((ctypes.c_ubyte*24).in_dll(ctypes.pythonapi,'
            '"_Py_HashSecret")).hex())')
    for text in PARSE_CASES:
        runs = []
        for _ in range(2):
            r = subprocess.run([sys.executable, '-c', code], capture_output=True, text=True,
                               env=dict(os.environ, PYTHONHASHSEED=text))
            runs.append(r)
        if runs[0].returncode != 0:
            msg = [ln for ln in runs[0].stderr.splitlines() if ln.startswith('Fatal Python error')]
            out.append({'text': text, 'result': 'error', 'message': msg[0] if msg else ''})
        elif runs[0].stdout != runs[1].stdout:
            out.append({'text': text, 'result': 'random'})
        else:
            out.append({'text': text, 'result': 'fixed', 'secret': runs[0].stdout.strip()})
    return out


def pointer_cases():
    hp = ctypes.pythonapi._Py_HashPointer
    hp.restype = ctypes.c_ssize_t
    hp.argtypes = [ctypes.c_void_p]
    synthetic = [0, 1, 15, 16, 17, 0x10, 0xF, M64, M64 - 1, M64 - 15, 1 << 63, (1 << 63) + 8,
                 0x7FFFFFFFFFFFFFFF, 0x00007F0000000000, 0x00007FFFFFFFFFF0, 0x00007FFFFFFFFFFF]
    synthetic += [R.getrandbits(64) for _ in range(300)]
    synthetic += [R.getrandbits(48) & ~15 for _ in range(200)]
    synthetic += [R.getrandbits(47) for _ in range(200)]
    out = {'synthetic': [[str(a), str(hp(a if a else None))] for a in synthetic], 'objects': []}

    def f():
        pass

    class C:
        pass
    keep = [object() for _ in range(50)] + [f, C, C(), int, str, type, object, sys]
    for o in keep:
        out['objects'].append([type(o).__name__, str(id(o)), str(hash(o))])
    nans = [float('nan') for _ in range(20)] + [-float('nan')]
    nans += [struct.unpack('>d', bytes.fromhex(h))[0] for h in ('7ff0000000000001', 'fff8000000000000',
                                                               '7fffffffffffffff')]
    out['nan'] = [[fbits(x), str(id(x)), str(hash(x))] for x in nans]
    cnan = [complex(math.nan, 0.0), complex(0.0, math.nan), complex(math.nan, math.nan),
            complex(1.5, math.nan), complex(math.inf, math.nan), complex(math.nan, -2.0)]
    out['complex_nan'] = [[fbits(c.real), fbits(c.imag), str(id(c)), str(hash(c))] for c in cnan]
    # bound methods: hash(self's address) ^ hash(function); method-wrappers: self ^ descriptor
    objs = [C() for _ in range(10)]
    C.m = f
    out['methods'] = [[str(id(o)), str(hash(f)), str(hash(o.m))] for o in objs]
    lists = [[] for _ in range(10)]
    d = list.__dict__['__len__']
    out['method_wrappers'] = [[str(id(x)), str(id(d)), str(hash(x.__len__))] for x in lists]
    out['none'] = str(hash(None))
    out['bools'] = [str(hash(True)), str(hash(False))]
    return out


def dunder_cases():
    """hash(x) where type(x).__hash__ returns an int v (slot_tp_hash: kept if it fits Py_ssize_t,
    else hashed as an int; -1 -> -2)."""
    class H:
        def __init__(self, v):
            self.v = v

        def __hash__(self):
            return self.v
    vals = [0, 1, -1, -2, 2 ** 63 - 1, 2 ** 63, -(2 ** 63), -(2 ** 63) - 1, 2 ** 64, 2 ** 64 - 1,
            P, -P, P + 1, 2 ** 61, -(2 ** 61), 2 ** 53, 2 ** 53 + 1, 2 ** 100, -(2 ** 100) - 1,
            True, False]
    vals += [R.getrandbits(R.randint(1, 200)) * R.choice((1, -1)) for _ in range(300)]
    return [[str(int(v)), str(hash(H(v)))] for v in vals]


def write(name, obj):
    path = os.path.join(OUT, name)
    with open(path, 'w', encoding='utf-8') as f:
        json.dump(obj, f, ensure_ascii=False, separators=(',', ':'))
        f.write('\n')
    print(f'{name}: {os.path.getsize(path)} bytes')


def seeded(name, values):
    encoded = [enc(v) for v in values]
    hashes, secrets = {}, {}
    for s in SEEDS:
        r = run_worker(encoded, str(s))
        hashes[str(s)] = r['hashes']
        secrets[str(s)] = r['secret']
    write(name, {'seeds': SEEDS, 'secrets': secrets, 'values': encoded, 'hashes': hashes})


def main():
    assert sys.version_info[:3] == (3, 12, 1), sys.version
    assert sys.hash_info.algorithm == 'siphash13' and sys.hash_info.cutoff == 0
    os.makedirs(OUT, exist_ok=True)

    seeded('str.json', gen_strs())
    seeded('bytes.json', gen_bytes())
    seeded('tuple.json', gen_tuples())
    seeded('frozenset.json', gen_frozensets())

    ints = gen_ints()
    write('int.json', [[str(v), str(hash(v))] for v in ints])
    floats = gen_floats()
    write('float.json', [[fbits(v), str(hash(v))] for v in floats])
    write('complex.json', [[fbits(c.real), fbits(c.imag), str(hash(c))] for c in gen_complexes(floats)])
    write('pointer.json', pointer_cases())
    write('seed-parse.json', parse_cases())
    write('dunder.json', dunder_cases())

    # list(set(items)) under PYTHONHASHSEED=0, for the set table: insertion order in, iteration out
    cases = gen_set_orders()
    code = ('import json,sys\nsys.path.insert(0, %r)\nimport importlib.util as u\n'
            's=u.spec_from_file_location("g", %r); g=u.module_from_spec(s); s.loader.exec_module(g)\n'
            'cases=[[g.dec(e) for e in c] for c in json.load(sys.stdin)]\n'
            'json.dump([[g.enc(x) for x in list(set(c))] for c in cases], sys.stdout)\n'
            % (ROOT, os.path.abspath(__file__)))
    enc_cases = [[enc(x) for x in c] for c in cases]
    r = subprocess.run([sys.executable, '-c', code], input=json.dumps(enc_cases), capture_output=True,
                       text=True, env=dict(os.environ, PYTHONHASHSEED='0'), check=True)
    orders = json.loads(r.stdout)
    write('set-orders.json', {'pythonhashseed': 0, 'construction': 'list(set(items))',
                              'cases': [{'items': c, 'order': o} for c, o in zip(enc_cases, orders)]})


if __name__ == '__main__':
    if sys.argv[1:] == ['--worker']:
        worker()
    elif os.environ.get('PYTHONHASHSEED') != '0':
        # The parent builds frozensets and sets whose iteration order depends on str hashes:
        # run it under a fixed seed so that a rerun writes the same files.
        os.execve(sys.executable, [sys.executable, os.path.abspath(__file__)],
                  dict(os.environ, PYTHONHASHSEED='0'))
    else:
        main()
