"""Writes tests/fixtures/literals/*.json: expected literal values, errors, warnings and reprs,
computed by the reference interpreter. Run from the repository root with CPython 3.12.1:

    PYENV_VERSION=3.12.1 python3 tools/gen-literal-fixtures.py

Cases are drawn from a fixed seed, so a rerun writes the same files. The alias list for the
\\N{} checks is read from node_modules/@unicode/unicode-15.0.0 (npm install first).
"""
import ast
import base64
import gzip
import hashlib
import io
import json
import math
import os
import random
import re
import struct
import sys
import tokenize
import unicodedata
import warnings

assert sys.version_info[:3] == (3, 12, 1), 'run with the reference interpreter (PYENV_VERSION=3.12.1)'

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, 'tests', 'fixtures', 'literals')
rng = random.Random(20240601)


def write(name, data):
    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, name), 'w', encoding='utf-8') as f:
        json.dump(data, f, ensure_ascii=True, indent=0)
        f.write('\n')


def token_types(src):
    with warnings.catch_warnings():
        warnings.simplefilter('ignore')
        try:
            return [(tokenize.tok_name[t.type], t.string) for t in tokenize.generate_tokens(io.StringIO(src).readline)]
        except (tokenize.TokenError, SyntaxError):
            return None


def parse_expr(src):
    """(value node or None, SyntaxError message or None, warning messages) for an expression."""
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        try:
            node = ast.parse(src, mode='eval').body
            err = None
        except SyntaxError as e:
            node, err = None, e.msg
    return node, err, [str(w.message) for w in caught if w.category is SyntaxWarning]


def bits(x):
    return struct.pack('>d', x).hex()


# ---------------------------------------------------------------- numbers

def with_underscores(digits):
    out = digits[0]
    for d in digits[1:]:
        if rng.random() < 0.15:
            out += '_'
        out += d
    return out


def rand_digits(n, alphabet='0123456789', lead_nonzero=True):
    s = ''.join(rng.choice(alphabet) for _ in range(n))
    if lead_nonzero and s[0] == '0' and n > 1:
        s = rng.choice(alphabet[1:]) + s[1:]
    return s


def number_cases():
    cases = ['0', '00', '0_0', '1', '7', '9223372036854775807', '9223372036854775808', '18446744073709551615',
             '18446744073709551616', '0x0', '0XFF', '0x_ff', '0o17', '0O_7', '0b1', '0B_1010', '0xffffffffffffffff',
             '0x10000000000000000', '1.', '.5', '1.5', '1e5', '1E+5', '1e-5', '1_0.5_5', '1e1_0', '0e0', '00.5', '09.5',
             '0001e3', '1.e5', '1e309', '1e400', '1e-400', '5e-324', '2.4703282292062327e-324', '2.4703282292062328e-324',
             '2.2250738585072011e-308', '2.2250738585072014e-308', '1.7976931348623157e308', '1.7976931348623158e308',
             '1.7976931348623159e308', '9007199254740993', '9007199254740993.0', '9007199254740993.000000000001',
             '0.1', '0.3', '1e23', '8.41e21', '5e-1', '1e-0000000000000000005', '1e99999999999999999999',
             '0e99999999999999999999', '1j', '0j', '00j', '1_0j', '1.5e3J', '1e400j', '.5j', '1.j', '0x' + 'f' * 300,
             '1' * 4300, '1' * 4301, '1_' * 4299 + '1', '1_' * 4300 + '1', '9' * 5000, '0' * 5000, '1' * 4301 + '.0',
             '1' * 4301 + 'j', '0o' + '7' * 2000, '0b' + '1' * 3000]
    for _ in range(150):
        cases.append(with_underscores(rand_digits(rng.randint(1, 60))))
    for _ in range(60):
        base, alpha = rng.choice([('0x', '0123456789abcdefABCDEF'), ('0X', '0123456789abcdef'), ('0o', '01234567'),
                                  ('0O', '01234567'), ('0b', '01'), ('0B', '01')])
        d = with_underscores(rand_digits(rng.randint(1, 40), alpha, False))
        cases.append(base + ('_' if rng.random() < 0.2 else '') + d)
    for _ in range(300):
        intpart = rand_digits(rng.randint(1, 25)) if rng.random() < 0.85 else ''
        frac = rand_digits(rng.randint(0, 25), lead_nonzero=False)
        s = intpart + '.' + frac if intpart or frac else '0.5'
        if s == '.':
            s = '0.0'
        if rng.random() < 0.5:
            s += rng.choice('eE') + rng.choice(['', '+', '-']) + str(rng.randint(0, 330))
        cases.append(s)
    # Decimal strings within a hair of the midpoint between two neighbouring doubles: the
    # hardest inputs for correct rounding.
    from decimal import Decimal, getcontext
    getcontext().prec = 800
    for _ in range(150):
        x = abs(struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0])
        if not math.isfinite(x) or x == 0:
            continue
        mid = (Decimal(x) + Decimal(math.nextafter(x, math.inf))) / 2
        digits = rng.randint(17, 60)
        q = format(mid, f'.{digits}e')
        mant, exp = q.split('e')
        tweak = rng.choice(['', '1', '9', '0' * 10 + '1'])
        cases.append(f'{mant}{tweak}e{int(exp)}')
    # Exact midpoints (hundreds of digits, rounded half-even) and their neighbours a digit beyond
    # the 768th, where a strtod that truncates long inputs would go wrong.
    getcontext().prec = 3000
    for _ in range(40):
        x = abs(struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0])
        if rng.random() < 0.3:
            x = rng.randint(1, 2 ** 52) * 2.0 ** -1074
        if not math.isfinite(x) or x == 0:
            continue
        mant, exp = format((Decimal(x) + Decimal(math.nextafter(x, math.inf))) / 2, 'e').split('e')
        mant = mant.rstrip('0')
        cases += [f'{mant}e{int(exp)}', f'{mant}{"0" * 900}1e{int(exp)}']
        if mant[-1] != '0':
            cases.append(f'{mant[:-1]}{int(mant[-1]) - 1}{"9" * 900}e{int(exp)}')
    for _ in range(60):
        s = rng.choice(cases[:200])
        if 'x' not in s.lower() and 'o' not in s.lower() and 'b' not in s.lower() and not s.endswith(('j', 'J')):
            cases.append(s + rng.choice('jJ'))
    out = []
    seen = set()
    for src in cases:
        if src in seen:
            continue
        seen.add(src)
        toks = token_types(src)
        if not toks or toks[0] != ('NUMBER', src):
            continue
        node, err, _ = parse_expr(src)
        if err is not None:
            out.append({'src': src, 'error': err})
            continue
        v = node.value
        if isinstance(v, bool) or not isinstance(v, (int, float, complex)):
            raise AssertionError(src)
        if isinstance(v, int):
            out.append({'src': src, 'int': str(v)})
        elif isinstance(v, float):
            out.append({'src': src, 'float': bits(v)})
        else:
            out.append({'src': src, 'imag': bits(v.imag)})
    return out


# ---------------------------------------------------------------- strings

SIMPLE_ESCAPES = ['\\\\', "\\'", '\\"', '\\a', '\\b', '\\f', '\\n', '\\r', '\\t', '\\v', '\\\n']
INVALID_ESCAPES = ['\\d', '\\q', '\\8', '\\9', '\\ ', '\\(', '\\%', '\\z', '\\{', '\\}', '\\c', '\\[']
NON_ASCII = ['é', 'ä', 'ÿ', '\xa0', '中', 'ꙮ', '\u2028', '😀', '\U00010000', '\U0010fffd', '\U0001d11e', '\u200b']


def rand_name():
    while True:
        cp = rng.choice([rng.randint(0x20, 0x3000), rng.randint(0, 0x10ffff), rng.randint(0xac00, 0xd7a3),
                         rng.randint(0x1f000, 0x1faff)])
        name = unicodedata.name(chr(cp), None)
        if name:
            r = rng.random()
            if r < 0.2 and not name.startswith(('HANGUL SYLLABLE', 'CJK UNIFIED')):
                name = name.lower()
            elif r < 0.3 and not name.startswith(('HANGUL SYLLABLE', 'CJK UNIFIED')):
                name = ''.join(c.lower() if rng.random() < 0.5 else c for c in name)
            return name


def valid_escape(is_bytes):
    r = rng.random()
    if r < 0.25:
        return rng.choice(SIMPLE_ESCAPES)
    if r < 0.4:
        return '\\' + ''.join(rng.choice('01234567') for _ in range(rng.randint(1, 3)))
    if r < 0.55:
        return '\\x' + ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(2))
    if is_bytes:
        return rng.choice(INVALID_ESCAPES + ['\\N{DASH}', '\\u1234', '\\U0001F600'])
    if r < 0.7:
        return '\\u' + ''.join(rng.choice('0123456789abcdefABCDEF') for _ in range(4))
    if r < 0.8:
        return '\\U%08x' % rng.choice([rng.randint(0, 0x10ffff), rng.randint(0x1f000, 0x1ffff), rng.randint(0xd800, 0xdfff)])
    if r < 0.9:
        return '\\N{%s}' % rand_name()
    return rng.choice(INVALID_ESCAPES)


def broken_escape(is_bytes):
    if is_bytes:
        return rng.choice(['\\x', '\\x4', '\\xg0', '\\x0g', '\\xé'[:3]])
    return rng.choice(['\\x', '\\x4', '\\xg', '\\u12', '\\u123g', '\\U1234567', '\\U0011000' + rng.choice('0f'),
                       '\\Uffffffff', '\\N', '\\N{}', '\\N{DASH', '\\Nx', '\\N{NOT A CHARACTER NAME}',
                       '\\N{KEYCAP NUMBER SIGN}', '\\N{latin small letter ä}', '\\xä', '\\N{a\\ä}', '\\N{hangul syllable gag}',
                       '\\N{CJK UNIFIED IDEOGRAPH-4e00}', '\\N{TANGUT IDEOGRAPH-17000}'])


def rand_body(is_bytes, triple, allow_error):
    parts = []
    for _ in range(rng.randint(0, 8)):
        r = rng.random()
        if r < 0.35:
            parts.append(''.join(rng.choice('abcXYZ019 .,;:!?#$%&()*+-/<=>@[]^_`{|}~') for _ in range(rng.randint(1, 5))))
        elif r < 0.45:
            parts.append(rng.choice('\'"'))
        elif r < 0.55 and not is_bytes:
            parts.append(rng.choice(NON_ASCII))
        elif r < 0.6 and not is_bytes:
            parts.append('\\' + rng.choice(NON_ASCII))
        elif r < 0.65 and triple:
            parts.append('\n')
        else:
            parts.append(valid_escape(is_bytes))
    if allow_error and rng.random() < 0.25:
        parts.insert(rng.randint(0, len(parts)), broken_escape(is_bytes))
    if is_bytes and allow_error and rng.random() < 0.03:
        parts.append('é')
    return ''.join(parts)


def string_cases():
    hand = [r"'\d'", r"'\777'", r"'\400'", r"'\477\d'", r"b'\777'", r"b'\d\777'", r"'\x4'", r"'\x'", r"b'\x4'",
            r"b'a\x4'", r"'ab\N{foo}'", r"'\N{DASH'", r"'\N'", r"'\N{}'", r"'\u12'", r"'\U1234567'", r"'\U00110000'",
            r"'ä\x4'", r"'\\ä\x4'", "b'ä'", "b'\\x4ä'", "b'\\dä'", "'a\\\nb'", r"'\8\9'", r"'\0\00\000\0000'",
            r"'\ä'", r"'\ud800'", r"'\udfff\ud800'", r"'\ud83d\ude00'", "''", '""', "''''''", '""""""', "u''", "U'x'",
            "R'\\d'", "rb'\\x4'", "Br'\\'", "r'\\''", "'''a'b'''", '"""a"b"""', "'''\\''''", "'\\N{LATIN SMALL LETTER A}'",
            "'\\N{nbsp}\\N{NBSP}\\N{Byte Order Mark}\\N{LATIN CAPITAL LETTER GHA}'", "'\\N{HANGUL SYLLABLE GGAGG}'",
            "'\\N{CJK UNIFIED IDEOGRAPH-04E00}'", "'\\N{CJK UNIFIED IDEOGRAPH-2A6DF}'", "'\\N{CJK UNIFIED IDEOGRAPH-323AF}'",
            "'\\N{CJK UNIFIED IDEOGRAPH-323B0}'", "'\\N{HANGUL SYLLABLE A}'", "'\\N{HANGUL SYLLABLE }'",
            "'\\N{LATIN SMALL LETTER A }'", "'''\n\n\\x4'''", "'abc\\\n\\d'", "b'\\\n'", "'\\xé'", "'\\a\\b\\f\\v'",
            "'\\N{EM DASH}é\\d\\N{X}'", "'\\400\\777'", "'\\1\\12\\123\\1234'", "b'\\400'", "'\\U0010FFFF'"]
    cases = list(hand)
    prefixes = ['', '', '', 'r', 'u', 'R', 'U', 'b', 'B', 'br', 'rb', 'Br', 'bR', 'RB', 'rB']
    for _ in range(1400):
        prefix = rng.choice(prefixes)
        quote = rng.choice(["'", '"', "'''", '"""'])
        is_bytes = 'b' in prefix.lower()
        cases.append(prefix + quote + rand_body(is_bytes, len(quote) == 3, True) + quote)
    out = []
    seen = set()
    for src in cases:
        if src in seen:
            continue
        seen.add(src)
        toks = token_types(src)
        if not toks or toks[0] != ('STRING', src) or toks[1][0] != 'NEWLINE':
            continue
        node, err, warns = parse_expr(src)
        case = {'src': src}
        if err is not None:
            case['error'] = err
        else:
            v = node.value
            if isinstance(v, bytes):
                case['bytes'] = v.hex()
            else:
                case['str'] = v
                if node.kind is not None:
                    case['kind'] = node.kind
        if warns:
            case['warnings'] = warns
        out.append(case)
    return out


def double_braces(body, raw):
    """Doubles the braces of a generated body (replacement fields are not under test here),
    except those of \\N{...} escapes in non-raw f-strings."""
    pattern = r'[{}]' if raw else r'\\N\{[^{}]*\}|[{}]'
    return re.sub(pattern, lambda m: m.group(0) if len(m.group(0)) > 1 else m.group(0) * 2, body)


def fstring_cases():
    hand = ["f'a{{b'", "f'a}}b'", "f'{{'", "f'}}'", "f'{{}}'", r"f'\{{x}}'", r"f'\{{\{{'", r"f'\}}\}}'", r"f'\{{\d'",
            r"f'{{\d'", r"f'\N{DASH}'", r"f'\N{EM DASH}{{'", r"f'\ä'", "f'\\\n'", "f'''\\\n\\d\n\\q'''", r"rf'a\{{b\d'",
            r"fr'\N{DASH}'", r"f'\x4'", r"f'a\N{EM DASH}\x4'", r"f'\777\d'", r"f'\d\777'", r"f'a\N{EM DASH}b\N{nbsp}{{\t'"]
    cases = list(hand)
    for _ in range(500):
        raw = rng.random() < 0.2
        prefix = rng.choice(['rf', 'fR', 'Rf'] if raw else ['f', 'F'])
        quote = rng.choice(["'", '"', "'''", '"""'])
        body = double_braces(rand_body(False, len(quote) == 3, True), raw)
        cases.append(prefix + quote + body + quote)
    out = []
    seen = set()
    for src in cases:
        if src in seen:
            continue
        seen.add(src)
        toks = token_types(src)
        if not toks:
            continue
        kinds = [k for k, _ in toks]
        if kinds[0] != 'FSTRING_START' or set(kinds[1:-3]) - {'FSTRING_MIDDLE'} or kinds[-3:] != ['FSTRING_END', 'NEWLINE', 'ENDMARKER']:
            continue
        middles = [s for k, s in toks if k == 'FSTRING_MIDDLE']
        node, err, warns = parse_expr(src)
        case = {'src': src, 'raw': 'r' in toks[0][1].lower(), 'middles': middles}
        if err is not None:
            case['error'] = err
        else:
            vals = node.values
            if len(vals) > 1 or (vals and not isinstance(vals[0], ast.Constant)):
                continue
            case['str'] = vals[0].value if vals else ''
        # The tokenizer warns about \{ and \}; the literal decoder reports the rest.
        w = [m for m in warns if m not in ("invalid escape sequence '\\{'", "invalid escape sequence '\\}'")]
        if w:
            case['warnings'] = w
        out.append(case)
    return out


# ---------------------------------------------------------------- reprs

def rand_double():
    r = rng.random()
    if r < 0.4:
        return struct.unpack('>d', rng.getrandbits(64).to_bytes(8, 'big'))[0]
    if r < 0.7:
        return float(f'{rng.randint(1, 10 ** rng.randint(1, 17))}e{rng.randint(-25, 25)}') * rng.choice([1, -1])
    if r < 0.85:
        return rng.choice([1, -1]) * rng.randint(0, 2 ** 60) / 2 ** rng.randint(0, 70)
    return rng.uniform(-1e6, 1e6)


def repr_cases():
    floats = [0.0, -0.0, math.inf, -math.inf, math.nan, 5e-324, -5e-324, sys.float_info.max, sys.float_info.min, 1.0, -1.0,
              0.1, 0.5, 1e16, 1e15, 9999999999999998.0, 1234567890123456.0, 12345678901234567.0, 0.0001, 0.00001, 0.001234,
              1e-5, 1e300, 123456789012345.0, 1.2345678901234567e+19, 2.0 ** 53, 2.0 ** 53 + 2, 1e22, 1e23, 100.0, 1.5,
              float(2 ** 63), 0.30000000000000004, 1 / 3, 2 / 3, 123.456, 1e-7, 9.999999999999999e-5, 9.999999999999999e15]
    floats += [float(f'1e{k}') for k in range(-330, 310)] + [2.0 ** k for k in range(-1074, 1024, 7)]
    floats += [rand_double() for _ in range(1500)]
    cplx = [(0.0, 1.0), (0.0, 0.0), (-0.0, 0.0), (0.0, -0.0), (-0.0, -0.0), (1.0, 2.0), (1.0, -2.0), (0.0, math.inf),
            (0.0, -math.inf), (0.0, math.nan), (math.nan, math.nan), (math.inf, -math.inf), (1e16, 1e-5), (-1.5, 0.0),
            (0.0, 1e16), (2.0, math.nan), (-0.0, 1.0)]
    cplx += [(rand_double() if rng.random() < 0.7 else 0.0, rand_double()) for _ in range(300)]
    strs = ['', 'a', "'", '"', '\'"', "it's", 'say "hi"', '\\', '\t\n\r', '\x00\x1f\x7f\x80\x9f\xa0\xad\xff', '\u2028\u2029',
            '\ud800', '\udfff', '\ud800a', '\U0001f600', '\U000e0001', '\U0010ffff', '\ufeff', '\u0378', 'é中😀']
    pools = [(0, 0x7f), (0, 0x100), (0x100, 0x3000), (0x3000, 0xd800), (0xd800, 0xe000), (0xe000, 0x10000),
             (0x10000, 0x20000), (0x20000, 0x40000), (0xe0000, 0xf0000), (0xf0000, 0x110000), (0, 0x110000)]
    for _ in range(800):
        lo, hi = rng.choice(pools)
        chars = []
        for _ in range(rng.randint(1, 12)):
            c = rng.randrange(lo, hi) if rng.random() < 0.8 else rng.choice([0x27, 0x22, 0x5c, 0x0a, 0x61])
            # A high surrogate followed by a low one would read as one character in JS.
            if chars and 0xdc00 <= c <= 0xdfff and 0xd800 <= ord(chars[-1]) <= 0xdbff:
                continue
            chars.append(chr(c))
        strs.append(''.join(chars))
    byts = [b'', b"'", b'"', b'\'"', b'\\', bytes(range(256))]
    byts += [bytes(rng.randrange(256) if rng.random() < 0.7 else rng.choice(b'\'"\\ab') for _ in range(rng.randint(1, 16)))
             for _ in range(300)]
    ints = [0, 1, -1, 2 ** 63, -(10 ** 40), 10 ** 400] + [rng.randint(-10 ** 30, 10 ** 30) for _ in range(50)]
    return {
        'float': [[bits(x), repr(x)] for x in floats],
        'complex': [[bits(a), bits(b), repr(complex(a, b))] for a, b in cplx],
        'str': [[s, repr(s)] for s in strs],
        'bytes': [[b.hex(), repr(b)] for b in byts],
        'int': [[str(i), repr(i)] for i in ints],
        'singletons': {'None': repr(None), 'True': repr(True), 'False': repr(False), 'Ellipsis': repr(Ellipsis)},
    }


# ---------------------------------------------------------------- Unicode data

def npm_aliases():
    base = os.path.join(ROOT, 'node_modules', '@unicode', 'unicode-15.0.0', 'Names')
    out = []
    for kind in ['Correction', 'Control', 'Alternate', 'Figment', 'Abbreviation']:
        with open(os.path.join(base, kind, 'index.mjs'), encoding='utf-8') as f:
            blob = re.search(r"Buffer\.from\('([^']+)'", f.read()).group(1)
        for cp, names in json.loads(gzip.decompress(base64.b64decode(blob))).items():
            out += [(n, int(cp)) for n in names]
    return out


def n_escape(name):
    try:
        return ord(eval("'\\N{" + name + "}'"))
    except SyntaxError:
        return None


def unicode_cases():
    ranges = []
    start = None
    for cp in range(0x110001):
        bad = cp < 0x110000 and not chr(cp).isprintable()
        if bad and start is None:
            start = cp
        elif not bad and start is not None:
            ranges.append([start, cp])
            start = None
    blocks = {}
    for cp in range(0x110000):
        name = unicodedata.name(chr(cp), None)
        if name:
            blocks.setdefault(cp >> 12, []).append(f'{cp:x};{name}')
    name_hashes = {f'{b:x}': [len(lines), hashlib.sha256('\n'.join(lines).encode()).hexdigest()] for b, lines in sorted(blocks.items())}
    queries = [rand_name() for _ in range(600)]
    queries += [a for a, _ in npm_aliases()]
    queries += [a.lower() for a, _ in npm_aliases()[::7]]
    cjk = [(0x3400, 0x4dbf), (0x4e00, 0x9fff), (0x20000, 0x2a6df), (0x2a700, 0x2b739), (0x2b740, 0x2b81d),
           (0x2b820, 0x2cea1), (0x2ceb0, 0x2ebe0), (0x30000, 0x3134a), (0x31350, 0x323af)]
    for lo, hi in cjk:
        for cp in (lo - 1, lo, hi, hi + 1):
            queries += ['CJK UNIFIED IDEOGRAPH-%X' % cp, 'CJK UNIFIED IDEOGRAPH-%05X' % cp, 'CJK UNIFIED IDEOGRAPH-%x' % cp]
    queries += ['HANGUL SYLLABLE GAG', 'hangul syllable GAG', 'HANGUL SYLLABLE gag', 'HANGUL SYLLABLE ', 'HANGUL SYLLABLE A',
                'HANGUL SYLLABLE GA', 'HANGUL SYLLABLE GGAGG', 'HANGUL SYLLABLE HIH', 'HANGUL SYLLABLE GX', 'HANGUL SYLLABLE YAEGS',
                'KEYCAP NUMBER SIGN', 'TANGUT IDEOGRAPH-17000', 'LATIN SMALL LETTER A ', ' LATIN SMALL LETTER A',
                'LATIN  SMALL LETTER A', 'latin small letter sharp s', 'LATIN SMALL LETTER SHARP S', 'NUSHU CHARACTER-1B170',
                'CJK COMPATIBILITY IDEOGRAPH-F900', 'cjk compatibility ideograph-f900', 'KHITAN SMALL SCRIPT CHARACTER-18B00',
                'NULL', 'nul', 'BEL', 'BELL', 'ALERT', 'LINE FEED', 'LF', 'NEW LINE', 'EOL', 'ZWNBSP', 'BOM', 'VS1', 'VS256',
                'PRIVATE USE-E000', 'SPACE', 'space', 'x', '']
    lookups = []
    seen = set()
    for q in queries:
        if q in seen or '}' in q or "'" in q or '\\' in q:
            continue
        seen.add(q)
        lookups.append([q, n_escape(q)])
    return {'non_printable': ranges, 'name_blocks': name_hashes, 'lookups': lookups}


write('numbers.json', number_cases())
write('strings.json', string_cases())
write('fstrings.json', fstring_cases())
write('repr.json', repr_cases())
write('unicode.json', unicode_cases())
