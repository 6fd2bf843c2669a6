# compile() of AST objects: trees from ast.parse, trees built by hand, and the errors for malformed ones.
import ast

tree = ast.parse("def f(x):\n    return x * 2\nresult = [f(i) for i in range(4)]\n")
ns = {}
exec(compile(tree, "<tree>", "exec"), ns)
print(ns['result'])
print(eval(compile(ast.parse("1 + 2 * 3", mode="eval"), "<e>", "eval")))

hand = ast.Module(body=[
    ast.Assign(targets=[ast.Name('y', ast.Store())], value=ast.BinOp(ast.Constant(6), ast.Mult(), ast.Constant(7))),
    ast.Expr(ast.Call(ast.Name('print', ast.Load()), [ast.Name('y', ast.Load()), ast.Constant((1, 'a', None))], [])),
], type_ignores=[])
exec(compile(ast.fix_missing_locations(hand), "<hand>", "exec"))

class Double(ast.NodeTransformer):
    def visit_Constant(self, node):
        if isinstance(node.value, int):
            return ast.copy_location(ast.Constant(node.value * 2), node)
        return node
t = Double().visit(ast.parse("print(1 + 2, 'x')"))
exec(compile(t, "<t>", "exec"))

def pos(node, line=1):
    node.lineno = line; node.col_offset = 0; node.end_lineno = line; node.end_col_offset = 1
    return node

def E(e):
    return ast.Module([pos(ast.Expr(e))], [])

CASES = [
    ("no lineno", ast.Module([ast.Pass()], [])),
    ("None value", ast.Module([ast.Expr(None, lineno=1, col_offset=0)], [])),
    ("expr no lineno", E(ast.Name('x', ast.Load()))),
    ("store ctx", E(pos(ast.Name('x', ast.Store())))),
    ("bad ctx", E(pos(ast.Name('x', 3)))),
    ("bad identifier", E(pos(ast.Name(3, ast.Load())))),
    ("None name", E(pos(ast.Name('None', ast.Load())))),
    ("bad int", ast.Module([ast.Pass(lineno='a', col_offset=0)], [])),
    ("body not list", ast.Module(ast.Pass(), [])),
    ("bad stmt", ast.Module([3], [])),
    ("bad constant", E(pos(ast.Constant([1])))),
    ("bad tuple constant", E(pos(ast.Constant((1, [2]))))),
    ("empty body", ast.Module([pos(ast.FunctionDef('f', ast.arguments([], [], None, [], [], None, []), [], []))], [])),
    ("empty targets", ast.Module([pos(ast.Assign([], pos(ast.Constant(1))))], [])),
    ("boolop", E(pos(ast.BoolOp(ast.And(), [pos(ast.Constant(1))])))),
    ("compare", E(pos(ast.Compare(pos(ast.Constant(1)), [ast.Lt()], [])))),
    ("dict", E(pos(ast.Dict([pos(ast.Constant(1))], [])))),
    ("lineno range", E(ast.Constant(1, lineno=3, col_offset=0, end_lineno=2, end_col_offset=0))),
    ("col range", E(ast.Constant(1, lineno=1, col_offset=5, end_lineno=1, end_col_offset=2))),
    ("raise cause", ast.Module([pos(ast.Raise(None, pos(ast.Constant(1))))], [])),
    ("try", ast.Module([pos(ast.Try([pos(ast.Pass())], [], [], []))], [])),
    ("import level", ast.Module([pos(ast.ImportFrom('m', [ast.alias('x')], -1))], [])),
    ("wrong mode", ast.Expression(pos(ast.Constant(1)))),
    ("not a node", ast.Pass()),
    ("None in list", E(pos(ast.List([None], ast.Load())))),
    ("namedexpr", E(pos(ast.NamedExpr(pos(ast.Constant(1)), pos(ast.Constant(2)))))),
    ("matchsingleton", ast.Module([pos(ast.Match(pos(ast.Name('x', ast.Load())), [ast.match_case(pos(ast.MatchSingleton(1)), None, [pos(ast.Pass())])]))], [])),
    ("return outside", ast.Module([pos(ast.Return(None))], [])),
    ("missing field", ast.Module([pos(ast.Expr())], [])),
]
for label, node in CASES:
    try:
        compile(node, "<case>", "exec")
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, e)

try:
    compile(3, "<x>", "exec", ast.PyCF_ONLY_AST)
except TypeError as e:
    print(e)
try:
    compile("x", "<x>", "func_type")
except ValueError as e:
    print(e)
try:
    compile("x", "<x>", "nope", ast.PyCF_ONLY_AST)
except ValueError as e:
    print(e)
print(ast.dump(compile("(a) -> b", "<x>", "func_type", ast.PyCF_ONLY_AST)))
