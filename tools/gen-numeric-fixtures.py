#!/usr/bin/env python3
"""Reference fixtures for src/objects/numeric (tests/unit/numeric-*.test.ts).

Run with the reference interpreter:  PYENV_VERSION=3.12.1 python3 tools/gen-numeric-fixtures.py

Every expected value comes from CPython 3.12.1 itself. Inputs are random (fixed seeds) across
magnitudes and signs, plus hand-picked boundary and special values. Encoding:
  float    -> 16 hex digits of its IEEE bits (exact, NaN payload irrelevant)
  int      -> decimal string, or (-)0x... hex for big values
  error    -> ["!", exception type name, str(exception)]
"""
import json
import math
import os
import random
import string
import struct
import sys
import _string

assert sys.version_info[:3] == (3, 12, 1), 'run with the reference: PYENV_VERSION=3.12.1 python3'

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'tests', 'fixtures', 'numeric')
os.makedirs(OUT, exist_ok=True)


def fh(x):
    return struct.pack('>d', x).hex()


def ist(v):
    """An int as text: decimal when short, else (-)0x hex (exempt from the str() digit limit)."""
    if -10**60 < v < 10**60:
        return str(v)
    return hex(v)


def run(f):
    try:
        return f()
    except Exception as e:  # noqa: BLE001 - we record every kind
        return ['!', type(e).__name__, str(e)]


def dump(name, data):
    path = os.path.join(OUT, name)
    with open(path, 'w') as fp:
        json.dump(data, fp, separators=(',', ':'), ensure_ascii=True)
    print(f'{name}: {os.path.getsize(path)} bytes')


# ------------------------------------------------------------------------------------------------
# Value generators

SPECIAL_FLOATS = [0.0, -0.0, 1.0, -1.0, 0.5, 1.5, 2.5, -2.5, 0.1, 0.2, 0.3, 1e16, 1e22, 1e23, 2.0**53, 2.0**53 + 2,
                  2.0**63, 2.0**64, 1e300, 1e308, 1.7976931348623157e308, 5e-324, 2.2250738585072014e-308,
                  2.225073858507201e-308, 1e-300, 1e-5, 1e-4, 0.0001, 0.001, 123456789.0, 9.5, 10.5, 0.05, 0.15,
                  0.25, 0.35, 0.45, 1.25, 2.675, 1e15, 1e17, 9007199254740993.0, 0.9999999999999999,
                  float('inf'), float('-inf'), float('nan'), 100.0, 1000.0, 4.35, 4.45, 0.125, 0.375, 3.0, 7.0,
                  1234.5, -1234.5, 1e21, 1e-7, 123e-20, 2.0**-1074 * 3]


def rand_float(rng, finite=False):
    r = rng.random()
    if r < 0.25:
        while True:
            x = struct.unpack('<d', rng.getrandbits(64).to_bytes(8, 'little'))[0]
            if not finite or math.isfinite(x):
                return x
    if r < 0.5:
        # short decimals: exact ties for rounding and formatting
        digits = rng.randint(1, 10 ** rng.randint(1, 9))
        return float(f'{digits}e{rng.randint(-25, 25)}') * rng.choice([1, -1])
    if r < 0.65:
        return rng.randint(-2**60, 2**60) / 2**rng.randint(0, 80)
    if r < 0.75:
        return float(rng.randint(-10**rng.randint(0, 22), 10**rng.randint(0, 22)))
    if r < 0.85:
        return rng.choice(SPECIAL_FLOATS if not finite else [x for x in SPECIAL_FLOATS if math.isfinite(x)])
    if r < 0.93:
        return rng.uniform(-1000, 1000)
    # neighbours of powers of two and ten
    base = rng.choice([2.0 ** rng.randint(-1074, 1023), 10.0 ** rng.randint(-300, 300)])
    for _ in range(rng.randint(0, 3)):
        base = math.nextafter(base, rng.choice([math.inf, -math.inf]))
    return base * rng.choice([1, -1])


SPECIAL_INTS = [0, 1, -1, 2, -2, 3, 7, 10, -10, 255, 256, -256, 2**31 - 1, 2**31, -2**31, 2**32, 2**52, 2**53 - 1, 2**53,
                2**53 + 1, -2**53, 2**63 - 1, 2**63, -2**63, 2**64, 10**15, 10**16, 10**20, 2**1023, 2**1024,
                2**1024 - 2**970, 2**1024 - 2**971, 2**1024 - 2**970 - 1, 10**308, 10**309, -10**309, 3**500]


def rand_int(rng, maxbits=300):
    r = rng.random()
    if r < 0.15:
        return rng.choice(SPECIAL_INTS)
    if r < 0.5:
        return rng.randint(-1000, 1000)
    if r < 0.7:
        return rng.randint(-2**53, 2**53)
    bits = rng.randint(1, maxbits)
    v = rng.getrandbits(bits)
    if rng.random() < 0.2:
        v = (1 << bits) - rng.randint(0, 3)
    return -v if rng.random() < 0.5 else v


# ------------------------------------------------------------------------------------------------
# int

def gen_int():
    rng = random.Random(1001)
    arith = []
    for _ in range(2500):
        a = rand_int(rng, 200)
        b = rand_int(rng, 200)
        if rng.random() < 0.1:
            b = 0
        if rng.random() < 0.1:
            b = rng.choice([1, -1, 2, -2, 3, 10])
        arith.append([ist(a), ist(b),
                      run(lambda: ist(a // b)), run(lambda: ist(a % b)), run(lambda: [ist(v) for v in divmod(a, b)]),
                      run(lambda: fh(a / b)), run(lambda: ist(a & b)), run(lambda: ist(a | b)), run(lambda: ist(a ^ b))])
    # true division with huge operands of similar and wildly different sizes
    truediv = []
    for _ in range(2000):
        ba = rng.randint(0, 2200)
        bb = rng.randint(0, 2200)
        if rng.random() < 0.5:
            bb = max(0, ba - rng.randint(-60, 1100))
        a = rng.getrandbits(ba) if ba else 0
        b = rng.getrandbits(bb) if bb else 1
        if rng.random() < 0.3:
            a = (a | 1) << rng.randint(0, 50)
        if rng.random() < 0.5:
            a = -a
        if rng.random() < 0.5:
            b = -b
        if b == 0:
            b = 1
        truediv.append([ist(a), ist(b), run(lambda: fh(a / b))])
    # subnormal-range quotients and exact halfway cases
    for _ in range(500):
        m = rng.getrandbits(rng.randint(1, 60)) | 1
        e = rng.randint(1000, 1100)
        truediv.append([ist(m), ist(1 << e), run(lambda: fh(m / (1 << e)))])
        k = rng.getrandbits(54) | (1 << 53) | 1
        truediv.append([ist(k << 3), ist(8), run(lambda: fh((k << 3) / 8))])
    unary = []
    for _ in range(2000):
        a = rand_int(rng, 2000)
        unary.append([ist(a), a.bit_length(), a.bit_count(), run(lambda: fh(float(a)))])
    for a in SPECIAL_INTS + [-x for x in SPECIAL_INTS]:
        unary.append([ist(a), a.bit_length(), a.bit_count(), run(lambda: fh(float(a)))])
    shifts = []
    for _ in range(1500):
        a = rand_int(rng)
        n = rng.choice([rng.randint(0, 70), rng.randint(0, 500), -rng.randint(1, 5), rng.randint(0, 3)])
        shifts.append([ist(a), ist(n), run(lambda: ist(a << n)), run(lambda: ist(a >> n))])
    for a, n in [(1, 2**65), (1, 2**64), (0, 2**100), (5, 2**100), (-5, 2**100), (3, 2**63), (-1, 2**70)]:
        shifts.append([ist(a), ist(n), run(lambda: ist(a << n)), run(lambda: ist(a >> n))])
    pows = []
    for _ in range(1500):
        a = rand_int(rng, 64) if rng.random() < 0.5 else rng.randint(-20, 20)
        b = rng.choice([rng.randint(0, 40), rng.randint(-40, -1), rng.randint(0, 300), 0, 1, -1])
        if abs(a) > 2**20 and b > 40:
            b = rng.randint(0, 40)
        pows.append([ist(a), ist(b), run(lambda: (lambda r: fh(r) if isinstance(r, float) else ist(r))(a ** b))])
    for a, b in [(0, -1), (0, 0), (10**400, -1), (2, -(10**400)), (-1, -3), (0, -(10**30)), (1, -(10**400))]:
        pows.append([ist(a), ist(b), run(lambda: (lambda r: fh(r) if isinstance(r, float) else ist(r))(a ** b))])
    powmod = []
    for _ in range(2000):
        a = rand_int(rng, 200)
        b = rand_int(rng, 100) if rng.random() < 0.7 else -rng.randint(1, 50)
        m = rand_int(rng, 150)
        if rng.random() < 0.05:
            m = 0
        if rng.random() < 0.1:
            m = rng.choice([1, -1, 2, -2, 7, -7])
        powmod.append([ist(a), ist(b), ist(m), run(lambda: ist(pow(a, b, m)))])
    rounds = []
    for _ in range(1500):
        a = rand_int(rng, 200)
        if rng.random() < 0.3:
            a = rng.randint(-30, 30) * 5 * 10 ** rng.randint(0, 20)
        n = rng.choice([rng.randint(-25, 3), -1, -2, 0, 1, -rng.randint(0, 70)])
        rounds.append([ist(a), ist(n), run(lambda: ist(round(a, n)))])
    mathf = []
    for _ in range(600):
        a = rand_int(rng, 300)
        b = rand_int(rng, 300)
        c = rand_int(rng, 100)
        mathf.append(['gcd', [ist(a), ist(b), ist(c)], run(lambda: ist(math.gcd(a, b, c)))])
        mathf.append(['lcm', [ist(a), ist(b)], run(lambda: ist(math.lcm(a, b)))])
        mathf.append(['isqrt', [ist(a)], run(lambda: ist(math.isqrt(a)))])
    for _ in range(300):
        n = rng.randint(-3, 400)
        k = rng.randint(-3, 420)
        mathf.append(['comb', [ist(n), ist(k)], run(lambda: ist(math.comb(n, k)))])
        mathf.append(['perm', [ist(n), ist(k)], run(lambda: ist(math.perm(n, k)))])
        mathf.append(['factorial', [ist(n)], run(lambda: ist(math.factorial(n)))])
    for n in [2**63, -1, 0, 1]:
        mathf.append(['factorial', [ist(n)], run(lambda: ist(math.factorial(n)))])
    for n, k in [(2**64, 2**63), (2**64, 2), (10**30, 3), (5, 7), (-1, 2), (1, -2), (0, 0)]:
        mathf.append(['comb', [ist(n), ist(k)], run(lambda: ist(math.comb(n, k)))])
        mathf.append(['perm', [ist(n), ist(k)], run(lambda: ist(math.perm(n, k)))])
    mathf.append(['gcd', [], ist(math.gcd())])
    mathf.append(['lcm', [], ist(math.lcm())])
    dump('int_arith.json', {'arith': arith, 'truediv': truediv, 'unary': unary, 'shifts': shifts, 'pow': pows,
                            'powmod': powmod, 'round': rounds, 'math': mathf})


def gen_int_str():
    rng = random.Random(1002)
    # ist(), bin/oct/hex with the digit limit
    conv = []
    for _ in range(500):
        a = rand_int(rng, 2000)
        conv.append([ist(a), run(lambda: str(a)), bin(a), oct(a), hex(a)])
    for k in [4299, 4300, 4301, 5000]:
        for v in [10**k - 1, 10**k, -(10**k - 1), -(10**k)]:
            conv.append([ist(v), run(lambda: str(v)), bin(v), oct(v), hex(v)])
    # int(str, base)
    parse = []
    alphabet = '0123456789abcdefxyzABCDEFXOBob_ +-\t\n\x0b\x0c\r\x1c.'
    unicode_bits = ['\u0661', '\u06f5', '\uff11', '\U0001d7ce', '\u00a0', '\u2003', '\u3000', '\u0085', 'é', '\u2028',
                    '\U0001f600', '\x00', '\x7f']
    for _ in range(6000):
        r = rng.random()
        base = rng.choice([0, 0, 10, 10, 2, 8, 16, 36, rng.randint(2, 36), 1, 37, -1])
        if r < 0.4:
            body = ''.join(rng.choice(alphabet) for _ in range(rng.randint(0, 12)))
        elif r < 0.7:
            v = rand_int(rng, 200)
            b = base if 2 <= base <= 36 else 10
            digits = []
            av = abs(v)
            while True:
                digits.append('0123456789abcdefghijklmnopqrstuvwxyz'[av % b])
                av //= b
                if not av:
                    break
            body = ('-' if v < 0 else rng.choice(['', '+'])) + ''.join(reversed(digits))
            if rng.random() < 0.3:
                p = rng.randint(1, max(1, len(body) - 1))
                body = body[:p] + '_' + body[p:]
            if rng.random() < 0.2:
                body = rng.choice(['0x', '0o', '0b', '0X', '0', '00']) + body
            if rng.random() < 0.3:
                body = rng.choice([' ', '\t', '\n ', '']) + body + rng.choice([' ', '\n', '', '  '])
            if rng.random() < 0.3:
                body = body.upper()
        else:
            body = ''.join(rng.choice(alphabet[:12] + ''.join(unicode_bits)) for _ in range(rng.randint(0, 8)))
        parse.append([body, base, run(lambda: ist(int(body, base)))])
    for body in ['0' * 4301, '1' * 4301, '1' * 4300, '0x' + '1' * 5000, '-' + '9' * 4301, '1_' * 2200 + '1',
                 ' ' + '7' * 641 + ' ', 'x' * 300, 'é' * 250, '1' * 4301 + 'x']:
        for base in [10, 0, 16, 36]:
            parse.append([body, base, run(lambda: ist(int(body, base)))])
    for body, base in [('0777', 0), ('0_0', 0), ('00', 0), ('0x_1', 0), ('0x__1', 0), ('0b', 0), ('0b1', 16),
                       ('0b1', 2), ('0o17', 8), ('1__2', 10), ('_1', 10), ('1_', 10), ('-0', 0), ('- 1', 10),
                       ('+-1', 10), ('', 10), (' ', 10), ('\u0661\u0662', 10), ('1\x00', 10), ('z', 36), ('Z', 35)]:
        parse.append([body, base, run(lambda: ist(int(body, base)))])
    parse_bytes = []
    for _ in range(800):
        body = bytes(rng.choice(b'0123456789abx_ +-\t\n\xa0\xff\x00') for _ in range(rng.randint(0, 10)))
        base = rng.choice([0, 10, 16, 2])
        parse_bytes.append([body.hex(), base, run(lambda: ist(int(body, base)))])
    parse_bytes.append([(b'x' * 300).hex(), 10, run(lambda: ist(int(b'x' * 300, 10)))])
    tobytes = []
    for _ in range(1500):
        a = rand_int(rng, 80)
        n = rng.choice([0, 1, 2, 3, 4, 8, 9, 16, rng.randint(0, 12), -1])
        order = rng.choice(['big', 'little', 'little', 'big', 'bog'])
        signed = rng.random() < 0.5
        tobytes.append([ist(a), n, order, signed, run(lambda: a.to_bytes(n, order, signed=signed).hex())])
    frombytes = []
    for _ in range(800):
        b = bytes(rng.getrandbits(8) for _ in range(rng.randint(0, 20)))
        order = rng.choice(['big', 'little', 'middle'])
        signed = rng.random() < 0.5
        frombytes.append([b.hex(), order, signed, run(lambda: ist(int.from_bytes(b, order, signed=signed)))])
    dump('int_str.json', {'conv': conv, 'parse': parse, 'parse_bytes': parse_bytes, 'to_bytes': tobytes,
                          'from_bytes': frombytes})


def gen_unicode():
    import unicodedata
    zeros = [c for c in range(0x110000) if unicodedata.decimal(chr(c), None) == 0]
    spaces = [c for c in range(0x110000) if chr(c).isspace()]
    dump('unicode.json', {'zeros': zeros, 'spaces': spaces, 'version': unicodedata.unidata_version})


# ------------------------------------------------------------------------------------------------
# float

def gen_float_format():
    """PyOS_double_to_string through format(x, '.{p}{code}') and repr()."""
    rng = random.Random(2001)
    out = []
    for _ in range(25000):
        x = rand_float(rng)
        code = rng.choice('eEfFgG')
        p = rng.choice([0, 1, 2, 3, 5, 6, 10, 15, 16, 17, 18, 20, rng.randint(0, 30), rng.randint(0, 120),
                        rng.randint(100, 800)])
        alt = rng.random() < 0.2
        spec = ('#' if alt else '') + '.' + str(p) + code
        out.append([fh(x), code, p, alt, format(x, spec)])
    reprs = []
    for _ in range(6000):
        x = rand_float(rng)
        reprs.append([fh(x), repr(x)])
    dump('float_format.json', {'fmt': out, 'repr': reprs})


def gen_float_ops():
    rng = random.Random(2002)
    binops = []
    for _ in range(6000):
        a = rand_float(rng)
        b = rand_float(rng)
        if rng.random() < 0.05:
            b = rng.choice([0.0, -0.0])
        if rng.random() < 0.1:
            b = rng.choice([1.0, -1.0, 0.1, 3.0, -7.0, float('inf'), float('-inf')])
        binops.append([fh(a), fh(b), run(lambda: fh(a / b)), run(lambda: fh(a // b)), run(lambda: fh(a % b)),
                       run(lambda: [fh(v) for v in divmod(a, b)])])
    unary = []
    for _ in range(5000):
        x = rand_float(rng)
        unary.append([fh(x), run(lambda: ist(round(x))), run(lambda: ist(int(x))), x.is_integer(),
                      run(lambda: [ist(v) for v in x.as_integer_ratio()]), x.hex()])
    rounds = []
    for _ in range(8000):
        x = rand_float(rng)
        n = rng.choice([0, 1, 2, 3, -1, -2, rng.randint(-20, 20), rng.randint(-330, 330), 400, -400, 10**30,
                        -(10**30)])
        rounds.append([fh(x), ist(n), run(lambda: fh(round(x, n)))])
    for x in [2.675, 0.125, 0.375, 1.5, 2.5, 1e300, 1.7976931348623157e308, 5e-324, 0.5, 1234.5]:
        for n in range(-310, 330, 7):
            rounds.append([fh(x), ist(n), run(lambda: fh(round(x, n)))])
    rounds.append([fh(1.7976931348623157e308), '-308', run(lambda: fh(round(1.7976931348623157e308, -308)))])
    # float(str)
    parse = []
    pieces = ['1', '0', '9', '.', 'e', 'E', '+', '-', '_', ' ', '5', 'inf', 'nan', 'infinity', 'iNF', 'x', '\t',
              '\n', '\x1c', '\u00a0', '\u0663', '\uff15', '\x00', 'j']
    for _ in range(8000):
        r = rng.random()
        if r < 0.5:
            s = ''.join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        elif r < 0.8:
            s = repr(rand_float(rng))
            if rng.random() < 0.3:
                s = s.replace('e', rng.choice(['E', 'e+', 'e0', 'e_']))
            if rng.random() < 0.3 and len(s) > 2:
                p = rng.randint(1, len(s) - 1)
                s = s[:p] + '_' + s[p:]
            if rng.random() < 0.3:
                s = rng.choice([' ', '\t\n', '\u2003', '']) + s + rng.choice([' ', '', '\r'])
        else:
            digits = ''.join(rng.choice('0123456789') for _ in range(rng.randint(1, 40)))
            s = digits[:rng.randint(0, len(digits))] + '.' + digits + 'e' + str(rng.randint(-400, 400))
            if rng.random() < 0.5:
                s = '-' + s
        parse.append([s, run(lambda: fh(float(s)))])
    for s in ['', ' ', '.', 'e5', '1e', '1e+', '.e1', '1.e1', '+.5', '-.5e-3', '0x1p3', 'in', 'infin', 'infinit',
              '-infinity', '+nan', '- 1', '1 2', '1__0', '_1', '1_', '1_0', '1e1_0', '1_e10', '1._5', '1.5_',
              '9' * 400, '1e999999999999999999999', '1e-99999999999999999', '2.4703282292062328e-324',
              '2.4703282292062327e-324', '1.7976931348623158e308', '1.7976931348623159e308', 'x' * 300]:
        parse.append([s, run(lambda: fh(float(s)))])
    fromhex = []
    hexpieces = ['0x', '0X', '1', 'f', 'A', '.', 'p', 'P', '+', '-', '0', ' ', 'inf', 'nan', '8', 'g', '\t']
    for _ in range(4000):
        r = rng.random()
        if r < 0.4:
            s = ''.join(rng.choice(hexpieces) for _ in range(rng.randint(0, 8)))
        elif r < 0.8:
            s = rand_float(rng).hex()
            if rng.random() < 0.3:
                s = s.replace('p', 'p' + rng.choice(['+', '-', '0', '']))
        else:
            mant = ''.join(rng.choice('0123456789abcdef') for _ in range(rng.randint(1, 30)))
            p = rng.randint(0, len(mant))
            s = rng.choice(['', '-', '+']) + rng.choice(['0x', '']) + mant[:p] + '.' + mant[p:] + 'p' + str(
                rng.choice([rng.randint(-1200, 1200), rng.randint(-1080, -1060), rng.randint(1015, 1030)]))
        fromhex.append([s, run(lambda: fh(float.fromhex(s)))])
    for s in ['0x1p1024', '0x1.fffffffffffff8p1023', '0x1.fffffffffffff7p1023', '0x1p-1075', '0x1.000001p-1075',
              '0x1p-1074', '0x3p-1076', '0x1p99999999999999999999', '0x1p-99999999999999999999', '0x0p99999999999',
              '0x1p9999 x', ' 0x1p0 ', '0x', '0x.', '0x.p1', '.p1', '1p', '1p+', 'infinity', '-inf', 'nan', '0x1.8',
              '1' * 400, '0.' + '0' * 300 + '1p1000']:
        fromhex.append([s, run(lambda: fh(float.fromhex(s)))])
    cmp_int = []
    for _ in range(3000):
        x = rand_float(rng)
        if rng.random() < 0.5 and math.isfinite(x):
            n = int(x) + rng.choice([-1, 0, 0, 1])
        else:
            n = rand_int(rng, 1100)
        cmp_int.append([fh(x), ist(n), [x < n, x == n, x > n], run(lambda: ist(math.floor(x))),
                        run(lambda: ist(math.ceil(x)))])
    dump('float_ops.json', {'binops': binops, 'unary': unary, 'round': rounds, 'parse': parse,
                            'fromhex': fromhex, 'cmp_int': cmp_int})


def gen_float_pow():
    rng = random.Random(2003)
    out = []

    def add(a, b):
        out.append([fh(a), fh(b), run(lambda: fh(a ** b))])

    for _ in range(15000):
        r = rng.random()
        if r < 0.2:
            a, b = rng.uniform(0, 10), rng.uniform(-50, 50)
        elif r < 0.35:
            a, b = rng.uniform(0, 1e6), float(rng.randint(-40, 40))
        elif r < 0.5:
            a, b = math.exp(rng.uniform(-700, 700)), rng.uniform(-3, 3)
        elif r < 0.6:
            a, b = rng.random() * 2, rng.uniform(-1000, 1000)
        elif r < 0.7:
            a, b = rand_float(rng), rand_float(rng)
        elif r < 0.8:
            a, b = -rng.uniform(0, 100), float(rng.randint(-30, 30))
        elif r < 0.85:
            a, b = 2.0 ** rng.randint(-1074, -1000) * rng.random(), rng.uniform(-2, 2)
        elif r < 0.9:
            a, b = 1.0 + rng.uniform(-1e-10, 1e-10), rng.uniform(-1e12, 1e12)
        else:
            a, b = rng.uniform(0.5, 2), rng.choice([2.0, 0.5, 3.0, -0.5, 1e-70, 2.0**63, -2.0**63, 1e300])
        add(a, b)
    specials = [0.0, -0.0, 1.0, -1.0, 2.0, -2.0, 0.5, -0.5, float('inf'), float('-inf'), float('nan'), 3.0, -3.0,
                1e308, 5e-324, 1.5, -1.5]
    for a in specials:
        for b in specials:
            add(a, b)
    # near the overflow and underflow thresholds
    for _ in range(500):
        a = rng.uniform(1.0001, 10)
        b = 709.78 / math.log(a) * rng.uniform(0.999, 1.001)
        add(a, b)
        add(a, -b * rng.uniform(1.0, 1.52))
    # glibc's special paths: subnormal results and bases, |y| near 2^-65 and 2^63, |y log x| near 512
    for _ in range(5000):
        r = rng.random()
        if r < 0.3:
            a = rng.uniform(1e-3, 0.9)
            add(a, rng.uniform(-745.2, -708.0) / math.log(a))
        elif r < 0.5:
            a = rng.uniform(1.01, 1e10)
            add(a, rng.uniform(705.0, 709.9) / math.log(a))
        elif r < 0.6:
            add(struct.unpack('<d', struct.pack('<Q', rng.randint(1, 2**52 - 1)))[0], rng.uniform(-1.5, 1.5))
        elif r < 0.7:
            add(rng.uniform(0.1, 10), rng.choice([1, -1]) * 2.0 ** rng.uniform(-70, -60))
        elif r < 0.8:
            add(rng.uniform(0.99, 1.01), rng.choice([1, -1]) * 2.0 ** rng.uniform(55, 66))
        elif r < 0.9:
            a = rng.uniform(1.5, 100)
            add(a, rng.choice([1, -1]) * rng.uniform(500, 530) / math.log(a))
        else:
            add(1 + rng.uniform(-2**-40, 2**-40), rng.uniform(-1e15, 1e15))
    dump('float_pow.json', out)


# ------------------------------------------------------------------------------------------------
# complex

def gen_complex():
    rng = random.Random(3001)

    def rc():
        return complex(rand_float(rng), rand_float(rng)) if rng.random() < 0.8 else complex(
            rng.choice([0.0, -0.0, 1.0, float('inf'), float('nan'), 2.0]), rng.choice([0.0, -0.0, 1.0, -1.0]))

    def ch(z):
        return [fh(z.real), fh(z.imag)]

    arith = []
    for _ in range(4000):
        a, b = rc(), rc()
        if rng.random() < 0.05:
            b = complex(rng.choice([0.0, -0.0]), rng.choice([0.0, -0.0]))
        arith.append([ch(a), ch(b), ch(a + b), ch(a - b), ch(a * b), run(lambda: ch(a / b)), repr(a), repr(-a),
                      run(lambda: fh(abs(a)))])
    pows = []
    for _ in range(3000):
        a = rc() if rng.random() < 0.5 else complex(rng.uniform(-3, 3), rng.uniform(-3, 3))
        r = rng.random()
        if r < 0.5:
            b = complex(float(rng.randint(-100, 100)), 0.0)
        elif r < 0.6:
            b = complex(float(rng.randint(-120, 120)), rng.choice([0.0, -0.0]))
        else:
            b = complex(rng.uniform(-5, 5), rng.choice([0.0, rng.uniform(-2, 2)]))
        pows.append([ch(a), ch(b), run(lambda: ch(a ** b))])
    for a, b in [(0j, -1), (0j, 1j), (0j, 0j), (1e200 + 1e200j, 2), (1e300 + 1e300j, 2.5), (2j, 0.5), (0j, 2),
                 (1e308 + 0j, 2), (1e-308 + 1e-308j, -5)]:
        a, b = complex(a), complex(b)
        pows.append([ch(a), ch(b), run(lambda: ch(a ** b))])
    parse = []
    pieces = ['1', '2.5', 'j', 'J', '+', '-', '(', ')', ' ', 'e', '3', 'inf', 'nan', '_', '.', '\u0663', '\x00']
    for _ in range(5000):
        if rng.random() < 0.6:
            s = ''.join(rng.choice(pieces) for _ in range(rng.randint(0, 7)))
        else:
            s = repr(rc())
            if rng.random() < 0.3:
                s = ' ' + s.replace('(', '( ') + ' '
        parse.append([s, run(lambda: ch(complex(s)))])
    for s in ['1+j', '-j', 'j', '+j', '1e500+1e500j', '', 'infj', 'nan+nanj', '(1+2j', '1+2j)', '( 1+2j ) ',
              '1__2', '1_2j', '1+2j\x00', '\u0661+\u0662j', '1-', '1-J', '1+1e', '(j)', '()']:
        parse.append([s, run(lambda: ch(complex(s)))])
    dump('complex.json', {'arith': arith, 'pow': pows, 'parse': parse})


# ------------------------------------------------------------------------------------------------
# format specs

def rand_spec(rng, kind):
    parts = []
    r = rng.random()
    if r < 0.3:
        parts.append(rng.choice(['<', '>', '=', '^']))
    elif r < 0.45:
        parts.append(rng.choice(['*', '0', ' ', 'x', '\u00e9', '\U0001f600', '{', '-', '<']) + rng.choice('<>=^'))
    if rng.random() < 0.3:
        parts.append(rng.choice('+- '))
    if rng.random() < 0.08:
        parts.append('z')
    if rng.random() < 0.2:
        parts.append('#')
    if rng.random() < 0.2:
        parts.append('0')
    if rng.random() < 0.5:
        parts.append(str(rng.choice([1, 5, 10, 12, 20, 25, rng.randint(0, 40)])))
    if rng.random() < 0.25:
        parts.append(rng.choice([',', '_', ',_', '_,']))
    if rng.random() < 0.4:
        parts.append('.' + str(rng.choice([0, 1, 2, 3, 6, 10, 17, rng.randint(0, 30)])))
    if rng.random() < 0.05:
        parts.append('.')
    types = {'int': 'bcdoxXneEfFgG%s', 'float': 'eEfFgGn%d', 'complex': 'eEfFgGn%', 'str': 'sdx'}[kind]
    if rng.random() < 0.75:
        parts.append(rng.choice(types))
    if rng.random() < 0.03:
        parts.append(rng.choice(['xx', 'q', '\x80', ' ']))
    return ''.join(parts)


def gen_format_spec():
    rng = random.Random(4001)
    ints, floats, complexes, strs = [], [], [], []
    for _ in range(9000):
        v = rand_int(rng, 200)
        if rng.random() < 0.1:
            v = rng.randint(0, 0x10ffff + 5)
        spec = rand_spec(rng, 'int')
        ints.append([ist(v), spec, run(lambda: format(v, spec))])
    for v, spec in [(10**5000, 'd'), (10**5000, ''), (10**5000, 'x'), (10**5000, ','), (2**70, 'c'), (-1, 'c'),
                    (65, '+c'), (65, '#c'), (65, ',c'), (65, '_c'), (1, 'abc'), (1, ',,'), (1, '__'), (1, '.'),
                    (1, '9999999999999999999999'), (1, 'z'), (1, '\U0001D7D1'), (1, '\u0661\u0660'),
                    (1234, '010,'), (-1234, '010_'), (255, '#010_x'), (255, '_b'), (2**40, '_o'), (5, '=^10'),
                    (10**30, 'n'), (10**30, '.3e'), (10**400, 'e'), (0, '%'), (123, '012,.2f')]:
        ints.append([ist(v), spec, run(lambda: format(v, spec))])
    for _ in range(12000):
        v = rand_float(rng)
        spec = rand_spec(rng, 'float')
        floats.append([fh(v), spec, run(lambda: format(v, spec))])
    for v, spec in [(float('inf'), '010'), (float('nan'), '+010'), (-0.0, 'z'), (-0.0, 'z.1'), (-1e-9, 'z.1f'),
                    (-0.0, 'z%'), (1.5, '.2147483648f'), (1e300, ',f'), (1234567.891, '_.3f'), (-1e-5, '015,.3'),
                    (0.0, '.1'), (1.0, ''), (1e16, ''), (1e16, '.1'), (123.0, 'n'), (1e100, '020,'),
                    (-1.5, '^+12.3e'), (2.5, '.0f'), (0.125, '.2f'), (5e-324, '.800e'), (1.0, '#'), (1.0, '#.0'),
                    (1.0, '#.0e'), (1.0, '#g'), (100.0, '#.3g')]:
        floats.append([fh(v), spec, run(lambda: format(v, spec))])
    for _ in range(5000):
        z = complex(rand_float(rng), rand_float(rng)) if rng.random() < 0.7 else complex(
            rng.choice([0.0, -0.0, 1.5]), rand_float(rng))
        spec = rand_spec(rng, 'complex')
        complexes.append([fh(z.real), fh(z.imag), spec, run(lambda: format(z, spec))])
    for z, spec in [(1j, '010'), (1j, '=10'), (1j, ''), (1j, '%'), (-0.0 + 1j, ''), (1 + 1j, '^20'),
                    (complex('nan+nanj'), ''), (-0.0 - 0.0j, 'z'), (1e300 + 1e300j, ',.2f'), (1 + 2j, '<10.1')]:
        complexes.append([fh(z.real), fh(z.imag), spec, run(lambda: format(z, spec))])
    samples = ['', 'a', 'abc', 'hello world', '\u00e9t\u00e9', '\U0001f600x', 'x\U0001f600\U0001f601', '12345',
               '\u4e2d\u6587', ' ', 'a' * 30]
    for _ in range(5000):
        s = rng.choice(samples)
        spec = rand_spec(rng, 'str')
        strs.append([s, spec, run(lambda: format(s, spec))])
    for s, spec in [('x', ' '), ('x', '+'), ('x', 'z'), ('x', '#'), ('x', '='), ('x', '010'), ('x', '_s'),
                    ('x', ',s'), ('ab', '\U0001F600^7'), ('abc', '.0'), ('abc', '.2'), ('x\U0001f600y', '.2'),
                    ('x\U0001f600y', '5'), ('a', 'd'), ('a', '\x80'), ('a', '\U0001f600')]:
        strs.append([s, spec, run(lambda: format(s, spec))])
    dump('format_spec.json', {'int': ints, 'float': floats, 'complex': complexes, 'str': strs})


# ------------------------------------------------------------------------------------------------
# printf-style

def enc(v):
    """Plain values for the printf/format test hooks."""
    if isinstance(v, bool):
        return {'bool': v}
    if isinstance(v, int):
        return {'int': ist(v)}
    if isinstance(v, float):
        return {'float': fh(v)}
    if isinstance(v, str):
        return {'str': v}
    if isinstance(v, bytes):
        return {'bytes': v.hex()}
    if isinstance(v, complex):
        return {'complex': [fh(v.real), fh(v.imag)]}
    if v is None:
        return {'none': True}
    if isinstance(v, list):
        return {'list': [enc(x) for x in v]}
    if isinstance(v, tuple):
        return {'tuple': [enc(x) for x in v]}
    if isinstance(v, dict):
        return {'dict': [[k, enc(x)] for k, x in v.items()]}
    raise TypeError(v)


def rand_value(rng, allow_bytes=False):
    r = rng.random()
    if r < 0.35:
        return rand_int(rng, 100)
    if r < 0.6:
        return rand_float(rng)
    if r < 0.75:
        return rng.choice(['', 'a', 'abc', 'h\u00e9llo', '\U0001f600', 'x' * 12, "it's", '\n'])
    if r < 0.8:
        return rng.choice([True, False, None])
    if r < 0.85:
        return complex(rng.uniform(-5, 5), rng.uniform(-5, 5))
    if allow_bytes and r < 0.92:
        return rng.choice([b'', b'ab', b'\xff\x00', b'xyz'])
    return rng.choice([[], [1, 'a'], (1,), {'k': 2}, [1.5, None]])


def clamp(v):
    """Ints small enough to be a width: random widths must not build gigabyte strings."""
    if isinstance(v, int) and not isinstance(v, bool) and abs(v) > 300:
        return v % 300
    if isinstance(v, float) and math.isfinite(v) and abs(v) > 300:
        return math.fmod(v, 300)
    if isinstance(v, tuple):
        return tuple(clamp(x) for x in v)
    if isinstance(v, list):
        return [clamp(x) for x in v]
    if isinstance(v, dict):
        return {k: clamp(x) for k, x in v.items()}
    return v


def rand_printf(rng, nargs, bytes_mode=False):
    convs = 'sdiouxXeEfFgGcra%' + ('b' if bytes_mode else '') + rng.choice(['', 'y', 'q', 'k', '\x80'])
    fmt = ''
    keys = []
    for _ in range(nargs):
        if rng.random() < 0.4:
            fmt += rng.choice(['', 'x', 'abc ', '%%', '\u00e9' if not bytes_mode else '\xe9', ' | '])
        fmt += '%'
        if rng.random() < 0.15:
            k = rng.choice(['a', 'b', 'k', 'x(y)', ''])
            keys.append(k)
            fmt += '(' + k + ')'
        fmt += ''.join(rng.choice('-+ #0') for _ in range(rng.randint(0, 2)))
        r = rng.random()
        if r < 0.35:
            fmt += str(rng.randint(0, 15))
        elif r < 0.42:
            fmt += '*'
        if rng.random() < 0.35:
            fmt += '.' + rng.choice([str(rng.randint(0, 12)), '*', ''])
        if rng.random() < 0.05:
            fmt += rng.choice('hlL')
        fmt += rng.choice(convs)
    if rng.random() < 0.05:
        fmt += rng.choice(['%', '%(', '%(a', '%-', '%.', '%5'])
    return fmt, keys


def gen_printf():
    rng = random.Random(5001)
    out = []
    for _ in range(12000):
        n = rng.randint(0, 3)
        fmt, keys = rand_printf(rng, n)
        r = rng.random()
        if keys and r < 0.8:
            args = {k: rand_value(rng) for k in keys}
            if rng.random() < 0.2:
                args.pop(rng.choice(list(args)), None)
        else:
            count = fmt.count('%') - 2 * fmt.count('%%') + fmt.count('*')
            count = max(0, count + rng.choice([0, 0, 0, 0, -1, 1]))
            if count == 1 and rng.random() < 0.5:
                args = rand_value(rng)
            else:
                args = tuple(rand_value(rng) for _ in range(count))
            # '*' wants ints: give it some
            if isinstance(args, tuple) and '*' in fmt and rng.random() < 0.7:
                args = tuple(rng.randint(-12, 12) if rng.random() < 0.5 else a for a in args)
        if '*' in fmt:
            args = clamp(args)

        def go():
            if isinstance(args, dict):
                res = fmt % {k: v for k, v in args.items()}
            else:
                res = fmt % args
            return res
        out.append([fmt, enc(args), run(go)])
    for fmt, args in [('%(a)s %s', {'a': 1}), ('%s %(a)s', {'a': 1}), ('abc%', ()), ('%*', ()), ('%*d', ()),
                      ('%*d', ('x', 1)), ('%.*d', ('x', 1)), ('%y', ()), ('%\x80', (1,)), ('%(a', {}),
                      ('%(a)', {'a': 1}), ('%-05d|', (3,)), ('%#-8x|', (255,)), ('%#08x|', (255,)),
                      ('%+#o', (8,)), ('%.5x', (-255,)), ('%#.5X', (-255,)), ('% d', (5,)), ('%c', ('ab',)),
                      ('%c', (1.5,)), ('%c', (-1,)), ('%x', (1.5,)), ('%d', ('x',)), ('%d', (1j,)), ('%f', ('x',)),
                      ('%s', []), ('abc', []), ('%ld %hi %Lf', (1, 2, 3.0)), ('%10.3s|', ('abcdef',)),
                      ('%*.*f|', (-10, 2, 3.14159)), ('%0*d', (2**63, 1)), ('%.*f', (2**31, 1.0)),
                      ('%99999999999999999999d', (1,)), ('%.99999999999d', (1,)), ('%d', (10**5000,)),
                      ('%x', (10**5000,)), ('%s', (True,)), ('%d', (True,)), ('%r', ('\U0001f600',)),
                      ('%a', ('\U0001f600',)), ('%c', (0x1f600,)), ('%c', ('\U0001f600',)), ('%5c|', ('x',)),
                      ('%-5c|', (65,)), ('%.0c', ('x',)), ('%05s', ('ab',)), ('%+s', ('ab',)),
                      ('\U0001f600%y', (1,)), ('%s%s', (1,)), ('%s', (1, 2)), ('%%', ()), ('%%', (1,)),
                      ('%(a)s', {'a': 1, 'b': 2}), ('%(a)s %(a)r', {'a': 'x'}), ('%((a))s', {'(a)': 5}),
                      ('%()s', {'': 3}), ('%d', (2.9,)), ('%i', (-2.9,)), ('%u', (7,)), ('%o', (8.0,)),
                      ('%e', (10**400,)), ('%#o', (0,)), ('%#x', (0,)), ('%+x', (-1,)), ('% 05.1f', (2.25,)),
                      ('%-+8.2e|', (12345.678,)), ('%G', (1e-10,)), ('%#g', (1.0,)), ('%F', (float('inf'),)),
                      ('%010.2F', (float('-nan'),)), ('%s', ((1, 2),)), ('%s %s', ((1, 2),)),
                      ('%(x)d', {'x': 'notint'})]:
        out.append([fmt, enc(args), run(lambda: fmt % args)])
    bout = []
    for _ in range(4000):
        n = rng.randint(0, 3)
        fmt, keys = rand_printf(rng, n, True)
        bfmt = fmt.encode('latin-1', 'replace')
        if keys and rng.random() < 0.8:
            args = {k.encode(): rand_value(rng, True) for k in keys}
        else:
            count = max(0, bfmt.count(b'%') - 2 * bfmt.count(b'%%') + bfmt.count(b'*') + rng.choice([0, 0, -1, 1]))
            args = tuple(rand_value(rng, True) for _ in range(count))
            if '*' in fmt and rng.random() < 0.7:
                args = tuple(rng.randint(-12, 12) if rng.random() < 0.5 else a for a in args)
        if '*' in fmt:
            args = clamp(args)
        res = run(lambda: (bfmt % args).hex())
        ea = {'bdict': [[k.hex(), enc(v)] for k, v in args.items()]} if isinstance(args, dict) else enc(args)
        bout.append([bfmt.hex(), ea, res])
    for fmt, args in [(b'%s', ('x',)), (b'%c', (256,)), (b'%c', ('a',)), (b'%c', (b'ab',)), (b'%c', (b'a',)),
                      (b'%y', (1,)), (b'%\x80', (1,)), (b'%\x01', (1,)), (b'%s %s', (1,)), (b'%s', (b'a', b'b')),
                      (b'%r', ('\u00e9',)), (b'%a', (b'x',)), (b'%5b|', (b'ab',)), (b'%.1s', (b'ab',)),
                      (b'%-5d|', (3,)), (b'%#x', (255,)), (b'%(a)s', {b'a': b'z'}), (b'%(b)s', {b'a': b'z'}),
                      (b'%x', (1.5,)), (b'%f', (2,)), (b'%i', ('x',)), (b'%u', ('x',)), (b'%f', (10**400,)),
                      (b'%-\x80', (1,)), (b'%5\x80', (1,)), (b'%.\x80', (1,)), (b'%.5\x80', (1,)),
                      (b'%*\x80', (3, 3)), (b'%.*\x80', (3, 3)), (b'%l\x80', (1,)), (b'%5l\x80', (1,)),
                      (b'%(a)\x80', {b'a': 1}), (b'%\xff', (1,)), (b'%5\xff', (1,))]:
        ea = {'bdict': [[k.hex(), enc(v)] for k, v in args.items()]} if isinstance(args, dict) else enc(args)
        bout.append([fmt.hex(), ea, run(lambda: (fmt % args).hex())])
    dump('printf.json', {'str': out, 'bytes': bout})


# ------------------------------------------------------------------------------------------------
# str.format

def gen_str_format():
    rng = random.Random(6001)
    out = []
    pieces = ['{', '}', '{}', '{0}', '{1}', '{x}', '{0!r}', '{!s}', '{0:>5}', '{:{}}', '{0[0]}', '{x[k]}', '{0.real}',
              '{x.imag}', '{{', '}}', 'ab', ' ', '{:', '{!', '{0!x}', '{0[}', '{0.}', '{0[]}', '{0]x}', '{0[0]x}',
              '{:{:{}}}', '{a{}', '{5}', '{!a:^{1}}', '{0:{1}.{2}f}', '{x!r:>{}}', '\u00e9', '{0[-1]}', '{y}',
              '{0[1][0]}', '{99999999999999999999}', '{\u0661}', '{:%}', '{:,d}', '{x:z}']
    for _ in range(8000):
        fmt = ''.join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        args = [rand_value(rng) for _ in range(rng.randint(0, 3))]
        if rng.random() < 0.3:
            args = [rng.choice([[1, 'a'], {'k': 2, '-1': 'm'}, 'str', [[7]]])] + args
        kwargs = {k: rand_value(rng) for k in rng.sample(['x', 'a', 'y'], rng.randint(0, 2))}
        if rng.random() < 0.3:
            kwargs['x'] = rng.choice([[1, 'a'], {'k': 2}, 3j, 2.5])
        # Nested specs can turn any argument into a width.
        args, kwargs = clamp(args), clamp(kwargs)
        out.append([fmt, [enc(a) for a in args], [[k, enc(v)] for k, v in kwargs.items()],
                    run(lambda: fmt.format(*args, **kwargs))])
    for fmt in ['{}', '{a}', '{0}{1:{}}', '{x}']:
        out.append([fmt, None, [['x', enc(1)]], run(lambda: fmt.format_map({'x': 1}))])
    parser = []
    for _ in range(3000):
        fmt = ''.join(rng.choice(pieces) for _ in range(rng.randint(0, 5)))
        parser.append([fmt, run(lambda: [list(t) for t in _string.formatter_parser(fmt)])])
    names = []
    for _ in range(1500):
        name = ''.join(rng.choice(['0', '1', 'a', 'bc', '.', '[', ']', 'x', '', '\u0661']) for _ in range(rng.randint(0, 6)))
        names.append([name, run(lambda: (lambda r: [r[0], list(r[1])])(_string.formatter_field_name_split(name)))])
    dump('str_format.json', {'format': out, 'parser': parser, 'names': names})


def gen_libm():
    """exp, log (through math.exp/math.log, which call libm directly) and hypot (through abs(complex))."""
    rng = random.Random(7001)
    out = []
    for _ in range(12000):
        r = rng.random()
        if r < 0.25:
            x = rng.uniform(-10, 10)
        elif r < 0.45:
            x = rng.uniform(-745.2, 709.78)
        elif r < 0.55:
            x = rng.uniform(0.9, 1.1)
        elif r < 0.65:
            x = 10 ** rng.uniform(-320, 308)
        elif r < 0.72:
            x = struct.unpack('<d', struct.pack('<Q', rng.randint(1, 2**52 - 1)))[0]
        elif r < 0.8:
            x = rng.uniform(-1e-10, 1e-10)
        elif r < 0.9:
            x = rng.uniform(700, 709.78) * rng.choice([1, -1.05])
        else:
            x = rand_float(rng)
        y = rand_float(rng) if rng.random() < 0.5 else x * rng.uniform(-3, 3)
        out.append([fh(x), run(lambda: fh(math.exp(x))), run(lambda: fh(math.log(x))), fh(y),
                    run(lambda: fh(abs(complex(x, y))))])
    for x in [0.0, -0.0, 1.0, -1.0, float('inf'), float('-inf'), float('nan'), 5e-324, 1.7976931348623157e308,
              709.782712893384, 709.7827128933841, -745.1332191019411, -745.1332191019412, 2.0**-54, -2.0**-54]:
        out.append([fh(x), run(lambda: fh(math.exp(x))), run(lambda: fh(math.log(x))), fh(x),
                    run(lambda: fh(abs(complex(x, x))))])
    dump('libm.json', out)


# ------------------------------------------------------------------------------------------------
# libm tables (formulas of float_pow's tables, checked against src/objects/numeric/libm_tables.ts)

def gen_libm_tables():
    from decimal import Decimal, getcontext
    getcontext().prec = 60
    n = 128
    hi, tail = [], []
    for k in range(n):
        v = Decimal(2) ** (Decimal(k) / n)
        h = float(v)
        hi.append(fh(h))
        tail.append(fh(float((v - Decimal(h)) / Decimal(h))))
    off = 0x3fe6955500000000
    invc, logc, logctail = [], [], []
    for i in range(n):
        a = struct.unpack('<d', struct.pack('<Q', off + (i << 45)))[0]
        b = struct.unpack('<d', struct.pack('<Q', off + ((i + 1) << 45)))[0]
        center = (a + b) / 2
        ic = round(n / center) / n if center < 1 else round(2 * n / center) / n / 2
        ln = (Decimal(1) / Decimal(ic)).ln()
        lc = float(round(ln * 2**43) / Decimal(2**43))
        invc.append(fh(ic))
        logc.append(fh(lc))
        logctail.append(fh(float(ln - Decimal(lc))))
    dump('libm_tables.json', {'EXP2_HI': hi, 'EXP2_TAIL': tail, 'LOG_INVC': invc, 'LOG_C': logc,
                              'LOG_CTAIL': logctail})


if __name__ == '__main__':
    sys.set_int_max_str_digits(4300)
    gen_unicode()
    gen_int()
    gen_int_str()
    gen_float_format()
    gen_float_ops()
    gen_float_pow()
    gen_complex()
    gen_format_spec()
    gen_printf()
    gen_str_format()
    gen_libm_tables()
    gen_libm()
