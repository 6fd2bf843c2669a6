# The tokenize module over _tokenize: tokenize() from bytes (encoding detection), generate_tokens()
# from str, TokenInfo fields, exact_type, untokenize round trips, and TokenError.
import io
import token
import tokenize

SRC = '''# -*- coding: utf-8 -*-
def f(a, b=2, *c, **d):
    """Doc."""
    x = a + b  # sum
    if x >= 3:
        return [i ** 2 for i in range(x)]
    return f"{x!r:>4}"

class C:
    pass
'''

for tok in tokenize.tokenize(io.BytesIO(SRC.encode()).readline):
    print(tok)
toks = list(tokenize.generate_tokens(io.StringIO(SRC).readline))
print([token.tok_name[t.exact_type] for t in toks if t.type == token.OP])
print(tokenize.untokenize(toks) == SRC)
print(tokenize.untokenize((t.type, t.string) for t in toks))
print(tokenize.detect_encoding(io.BytesIO(b'\xef\xbb\xbfx = 1\n').readline))
print(tokenize.detect_encoding(io.BytesIO(b'# coding: latin-1\nx = 1\n').readline))
print(list(tokenize.tokenize(io.BytesIO('# coding: latin-1\ns = "\xe9"\n'.encode('latin-1')).readline))[:5])
try:
    list(tokenize.tokenize(io.BytesIO('s = "\xe9"\n'.encode('latin-1')).readline))
except SyntaxError as e:
    print('SyntaxError', e)
for src in ['(1,\n2', '"abc', "'''abc\n", 'def f():\n  x\n y\n']:
    try:
        list(tokenize.generate_tokens(io.StringIO(src).readline))
    except (tokenize.TokenError, IndentationError) as e:
        print(type(e).__name__, e.args)
