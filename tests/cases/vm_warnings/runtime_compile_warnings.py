# SyntaxWarnings of compile(), exec() and eval() of a string, of compile() of an AST and of
# ast.parse at run time go through the warnings module: shown at their file and line, or,
# under the "error" filter, raised as a SyntaxError there.
import ast
import warnings

exec("x = 1 is 1")
eval("2 is 2")
compile("y = 'a' is 'b'\n\nz = '\\d'", "f.py", "exec")
compile(ast.parse("x = 3 is 3"), "astf.py", "exec")
ast.parse("w = '\\d'")
print('default filters done')

warnings.simplefilter('error')
for src, name in [("x = 1 is 1", "g.py"), ("v = '\\q'", "h.py")]:
    try:
        compile(src, name, "exec")
    except SyntaxError as e:
        print('SyntaxError', e, e.filename, e.lineno)
try:
    compile(ast.parse("x = 1 is 1"), "astg.py", "exec")
except SyntaxError as e:
    print('SyntaxError', e)

warnings.simplefilter('ignore')
exec("q = 2 is 2")
print('ignored')
