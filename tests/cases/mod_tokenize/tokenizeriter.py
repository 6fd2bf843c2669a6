# _tokenize.TokenizerIter, the C tokenizer under tokenize.py, in both of its modes.
import io, _tokenize

SOURCES = [
    'x = 1 # c\n\n(a,\n b)\nif y:\n  "s"\n',
    'x\n  # c\nif y:\n  z\n',
    'x',
    's = """a\nb""" + f"x{y!r:>3}z"  \\\n  + 1\n',
    'def f():\n    return 1\n\n# end\n',
    'a = "é" + 𝕏 # ü\n',
    'class C:\n    def m(self):\n        if x:\n            pass\n\n\n    y = [\n        1,  # one\n    ]\n',
    'async def f():\n    await g()\n',
    'x = 0x1f + 1_000 + 1.5e3 + 2j\nprint(x, end="")',
    '@dec\ndef f(a, *, b=1, **k) -> None: ...\n',
    'f"{a:{b}}" rb"\\d" f"""\n{x\n}"""\n',
]
for src in SOURCES:
    for extra in (True, False):
        print(extra, list(_tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=extra)))

print(list(_tokenize.TokenizerIter(io.BytesIO('x = "é"\n'.encode()).readline, extra_tokens=True, encoding='utf-8')))
lines = iter(['a = (\n', '  1)\n'])
print(list(_tokenize.TokenizerIter(lambda: next(lines), extra_tokens=True)))

for src in ['(1,\n2', 'x = (1,\n', 'def f():\n  x\n y\n', '"abc', "'''abc\n", '\tif x:\n        y\n', 'x = 1 \\ 2\n']:
    try:
        print(list(_tokenize.TokenizerIter(io.StringIO(src).readline, extra_tokens=True)))
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset)
try:
    _tokenize.TokenizerIter(io.StringIO('x').readline)
except TypeError as e:
    print(e)
