// Leak checks of the _ast module: compile() to AST objects and back (including every failure
// of the conversion and the validation), node constructors and their errors, __reduce__,
// instance dicts of nodes; and of _tokenize's TokenizerIter, _opcode.stack_effect, the code
// object's table views and a generator's frame object (tests/lib/leakcheck.ts).
import { test } from 'node:test';
import { checkNoLeak } from '../lib/leakcheck.ts';

const AST = `
import _ast as ast
SRC = '''
def f(a, /, b: int = 2, *c, d, **e) -> 'r':
    """doc"""
    return [x for x in a if x] + {k: v for k, v in b}
class C(B, metaclass=M):
    x: int = 3
    match p:
        case [1, *r] | {'k': 2, **r} | P(x=0, y=r) as z if z: pass
try:
    import a.b as c
except* E as e:
    raise X from e
finally:
    del q[1:2, ::3]
def g():
    y = f"{a!r:>{w}}" + b"\\\\x00" + 1j + 1.5 + 10**30 + ... + (yield)
type T[U: int, *V, **W] = list[U]
'''
total = 0
for i in range(ROUNDS):
    tree = compile(SRC, '<s>', 'exec', ast.PyCF_ONLY_AST)
    code = compile(tree, '<s>', 'exec')
    total += len(tree.body) + len(code.co_consts)
    total += len(compile('(int, str) -> bool', '<f>', 'func_type', ast.PyCF_ONLY_AST).argtypes)
    e = compile(compile('1 + 2', '<e>', 'eval', ast.PyCF_ONLY_AST), '<e>', 'eval')
    total += eval(e)
    n = ast.Name('x', ast.Load(), lineno=1, col_offset=0, end_lineno=1, end_col_offset=1, extra=[1, 2])
    total += len(n.__reduce__()[2]) + len(vars(n))
    s = ast.expr(a=1, b=2)
    total += s.a + s.b
    def pos(node):
        node.lineno = node.end_lineno = 1
        node.col_offset = 0
        node.end_col_offset = 1
        return node
    bad = [
        ast.Module([ast.Pass()], []),
        ast.Module([ast.Expr(None, lineno=1, col_offset=0)], []),
        ast.Module([pos(ast.Expr(pos(ast.Name('x', ast.Store()))))], []),
        ast.Module([pos(ast.Expr(pos(ast.Name('x', 3))))], []),
        ast.Module([pos(ast.Expr(pos(ast.Name(3, ast.Load()))))], []),
        ast.Module([pos(ast.Expr(pos(ast.Constant([1]))))], []),
        ast.Module([pos(ast.Expr(pos(ast.Constant((1, {})))))], []),
        ast.Module(ast.Pass(), []),
        ast.Module([3], []),
        ast.Module([pos(ast.Pass(lineno='a'))], []),
        ast.Module([pos(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], []))], []),
        ast.Module([pos(ast.Return(None))], []),
        ast.Expression(pos(ast.Constant(1))),
        ast.Pass(),
    ]
    for b in bad:
        try:
            compile(b, '<b>', 'exec')
        except (TypeError, ValueError, SyntaxError) as err:
            total += len(str(err)) % 7
    for make in (lambda: ast.Name(1, 2, 3), lambda: ast.Name('x', id='y'), lambda: ast.Name().id):
        try:
            make()
        except (TypeError, AttributeError) as err:
            total += len(str(err)) % 5
print(total)
`;

test('the _ast module releases what it uses', () => {
  checkNoLeak(AST);
});

const TOKENIZE = `
import _io, _tokenize, _opcode
SRC = 'x = 1 # c\\n\\nif y:\\n    s = """a\\nb""" + f"{z!r:>3}"\\n    (a,\\n     b)\\n'
total = 0
for i in range(ROUNDS):
    for extra in (True, False):
        for t in _tokenize.TokenizerIter(_io.StringIO(SRC).readline, extra_tokens=extra):
            total += t[0] + len(t[1]) + t[2][1] + len(t[4])
    total += len(list(_tokenize.TokenizerIter(_io.BytesIO(b'a = 1\\n').readline, extra_tokens=True, encoding='utf-8')))
    for bad in ('(1,\\n2', '"abc', 'def f():\\n  x\\n y\\n'):
        try:
            list(_tokenize.TokenizerIter(_io.StringIO(bad).readline, extra_tokens=True))
        except SyntaxError as e:
            total += len(e.msg)
    try:
        _tokenize.TokenizerIter(_io.StringIO('x').readline)
    except TypeError as e:
        total += len(str(e))
    total += _opcode.stack_effect(100, 1) + _opcode.stack_effect(1)
    def f(a):
        for i in a:
            yield i
    co = f.__code__
    total += len(list(co.co_positions())) + len(list(co.co_lines())) + len(co.co_code) + len(co.co_linetable) + len(co.co_exceptiontable)
    total += len(co._varname_from_oparg(0))
    g = f([1, 2])
    next(g)
    total += g.gi_frame.f_lineno
    g.close()
    for args in ((1, 5), (9999, 0), (100,)):
        try:
            _opcode.stack_effect(*args)
        except ValueError as e:
            total += len(str(e))
print(total)
`;

test('_tokenize and _opcode release what they use', () => {
  checkNoLeak(TOKENIZE);
});
