# ast.parse and ast.dump over the statement and expression forms, with positions.
import ast

SOURCES = [
    "x = 1 + 2 * y",
    "a, *b = c[1:2, ::3]",
    "def f(a, /, b: int = 2, *args, c, d=4, **kw) -> 'r':\n    'doc'\n    return a\n",
    "async def g():\n    async with a as b, c:\n        await x\n    async for i in y:\n        yield i\n",
    "class C(B, metaclass=M):\n    x: int = 3\n    def m(self): pass\n",
    "@dec\n@dec2(1)\ndef h(): ...",
    "try:\n    pass\nexcept (E, F) as e:\n    raise X from e\nelse:\n    del a[0]\nfinally:\n    global g\n",
    "try:\n    pass\nexcept* E:\n    pass\n",
    "with open(p) as f, g:\n    nonlocal_ = [i for i in f if i async for j in k]\n",
    "import a.b as c, d\nfrom ..e import (f, g as h)\nfrom . import *\n",
    "while x:\n    break\nelse:\n    continue\n",
    "lambda x, *, y=1: (x, y)",
    "{1: 2, **d, 3: {4, 5}}",
    "f'{a!r:>{w}} and {b=}' 'plain' u'x'",
    "b'\\x00' + 1j + 1.5 + 10**100 + ... + None + True",
    "not a and b or c if d else e",
    "x < y <= z is not w in v not in u",
    "-a + ~b - +c",
    "(yield)\n(yield from g)\n",
    "x := 5" if False else "(x := 5)",
    "match p:\n    case [1, *rest]:\n        pass\n    case {'k': v, **kw}:\n        pass\n    case Point(x=0, y=_) | None:\n        pass\n    case str() as s if s:\n        pass\n    case -1 | 1+2j:\n        pass\n",
    "type Alias[T: int, *Ts, **P] = list[T]",
    "def gen[T](x: T) -> T: return x",
    "assert x, 'msg'",
    "x += 1; y @= 2; z //= 3",
]

for src in SOURCES:
    tree = ast.parse(src)
    print(ast.dump(tree))
print(ast.dump(ast.parse(SOURCES[2]), indent=2, include_attributes=True))
print(ast.dump(ast.parse(SOURCES[4]), indent='\t', annotate_fields=False))
print(ast.dump(ast.parse("x", mode='eval'), indent=0))
print(ast.dump(ast.parse("x = 1", mode='single')))
print(ast.dump(ast.parse("(int, str) -> list[int]", mode='func_type')))
print(ast.dump(ast.parse("x = 1  # type: int", type_comments=True)))
print(ast.dump(compile("a.b(c)", "<s>", "eval", ast.PyCF_ONLY_AST), include_attributes=True))
tree = ast.parse("if x:\n    pass\n")
print(compile(tree, "<s>", "exec", ast.PyCF_ONLY_AST) is tree)

try:
    ast.parse("x = = 1")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
try:
    ast.parse("f(**a, *b)")
except SyntaxError as e:
    print("SyntaxError", e.msg, e.lineno, e.offset)
