# The node classes: hierarchy, class attributes, constructors and their errors.
import ast, _ast

print(_ast.PyCF_ONLY_AST, _ast.PyCF_TYPE_COMMENTS, _ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
print(sorted(n for n in dir(_ast) if not n.startswith('_')) == sorted(n for n in dir(ast) if isinstance(getattr(ast, n), type) and issubclass(getattr(ast, n), ast.AST) and n not in ('slice', 'Index', 'ExtSlice', 'Suite', 'AugLoad', 'AugStore', 'Param', 'Num', 'Str', 'Bytes', 'NameConstant', 'Ellipsis')) or sorted(n for n in dir(_ast) if not n.startswith('_')))
for name in ['AST', 'mod', 'Module', 'stmt', 'FunctionDef', 'expr', 'Name', 'expr_context', 'Load', 'operator', 'Add',
             'comprehension', 'arguments', 'arg', 'keyword', 'alias', 'withitem', 'match_case', 'pattern', 'MatchAs',
             'type_ignore', 'TypeIgnore', 'type_param', 'TypeVar', 'excepthandler', 'ExceptHandler', 'Constant', 'ImportFrom']:
    cls = getattr(ast, name)
    print(name, cls.__mro__, cls._fields, getattr(cls, '_attributes', None), cls.__match_args__, cls.__module__)
    print('   ', repr(cls.__doc__))
    print('   ', {k: (type(v).__name__ if isinstance(v, property) else v) for k, v in vars(cls).items() if k not in ('__doc__', '__weakref__', '__dict__', '_fields', '__match_args__', '__module__', '_attributes')} if name != 'AST' else '')

print(ast.FunctionDef.returns, ast.expr.end_lineno, ast.arg.type_comment, ast.ImportFrom.level, ast.Constant.kind)

n = ast.Name('x', ast.Load(), lineno=1)
print(n.id, type(n.ctx).__name__, n.lineno, n.col_offset if hasattr(n, 'col_offset') else 'no col_offset', n.end_lineno)
print(vars(n).keys())
print(ast.Name().__reduce__())
r = ast.BinOp(left=ast.Constant(1), op=ast.Add(), right=ast.Constant(2)).__reduce__()
print(r[0], r[1], sorted(r[2]))
print(ast.Name(foo=3).foo)
print(ast.Load() is ast.Load(), type(ast.parse('x').body[0].value.ctx) is ast.Load)
print(ast.parse('x').body[0].value.ctx is ast.parse('y').body[0].value.ctx)

for make in [lambda: ast.Name(1, 2, 3), lambda: ast.Name('x', id='y'), lambda: ast.Pass(1),
             lambda: ast.AST(1), lambda: ast.Constant(1, 2, 3), lambda: ast.Name().id, lambda: ast.comprehension(1, 2, 3, 4, 5)]:
    try:
        make()
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)

class MyName(ast.Name):
    _fields = ('id', 'ctx', 'extra')
m = MyName('a', ast.Load(), 'more')
print(m.extra, isinstance(m, ast.expr), ast.dump(m))

node = ast.parse("f(1, k=2)").body[0].value
match node:
    case ast.Call(ast.Name(id=name), [ast.Constant(value=v)], [ast.keyword(arg=k)]):
        print('matched', name, v, k)

import copy
c = copy.deepcopy(ast.parse("a + b * 2"))
print(ast.dump(c, include_attributes=True))
print(ast.unparse(c))
