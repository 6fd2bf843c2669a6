# The pure-Python helpers of the ast module over the native node classes.
import ast

print(ast.literal_eval("[1, 2.5, {'a': (3, None)}, -4j, b'x', {1, 2}, 1+2j, -0.0, True]"))
print(ast.literal_eval(ast.parse("(1, 'two')", mode='eval').body))
for bad in ["f(x)", "1 + a", "[1, 2] * 2", "{**a}", "x.y"]:
    try:
        ast.literal_eval(bad)
    except ValueError as e:
        print('ValueError', str(e).split(' at 0x')[0])

src = "def f(a, b=2):\n    '''Doc of f.\n\n    More.'''\n    c = a + b  # sum\n    return c\n\nclass K:\n    pass\n"
tree = ast.parse(src)
print([type(n).__name__ for n in ast.walk(tree)])
print(ast.get_docstring(tree.body[0], clean=False))
print(repr(ast.get_source_segment(src, tree.body[0].body[1])))
print(repr(ast.get_source_segment(src, tree.body[0].body[1].value, padded=True)))
print([(k, type(v).__name__) for k, v in ast.iter_fields(tree.body[0].args)])
print([type(c).__name__ for c in ast.iter_child_nodes(tree.body[0])])
ast.increment_lineno(tree, 10)
print(tree.body[1].lineno, tree.body[1].end_lineno)

class Counter(ast.NodeVisitor):
    def __init__(self):
        self.names = []
    def visit_Name(self, node):
        self.names.append(node.id)
        self.generic_visit(node)
c = Counter()
c.visit(ast.parse("a = b + c(d, e=f)"))
print(c.names)

class Rename(ast.NodeTransformer):
    def visit_Name(self, node):
        return ast.Name(id=node.id.upper(), ctx=node.ctx)
    def visit_Pass(self, node):
        return None
t = ast.fix_missing_locations(Rename().visit(ast.parse("x = y\nif x:\n    pass\n    z = 1\n")))
print(ast.unparse(t))

for src in ["x = (1, 2)", "def f[T](a: T, *b, c=1, **d) -> T:\n    return a if a else b", "class A(B, x=1):\n    '''doc'''\n    y: int",
            "for i in range(3):\n    print(i)\nelse:\n    pass", "with a as (b, c):\n    del d[1:2]",
            "lambda: (yield)", "print(f'{x!r:>10} {y=}')", "a = not b or -c ** d", "match x:\n    case {'a': [1, *r]} | C(p=q) as z:\n        pass",
            "async def f():\n    async for x in y:\n        await z", "try:\n    pass\nexcept* E as e:\n    raise\nfinally:\n    pass",
            "x = {**a, 'b': 1, c: 2}", "x = [*a, *b]", "print(*a, sep='')", "global a, b", "from .. import x as y", "x = 1e100 + 1j", "assert x, 'm'"]:
    print(ast.unparse(ast.parse(src)))
    print('--')
