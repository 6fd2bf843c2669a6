# ast.get_docstring's cleaning (through inspect.cleandoc) and ast.dump of the docstring nodes.
import ast

src = '''
def f():
    """First line.

        Indented detail.
    Back.
    """

class C:
    "One line."

async def g():
    x = 1
'''
tree = ast.parse(src)
for node in tree.body:
    print(repr(ast.get_docstring(node)), repr(ast.get_docstring(node, clean=False)))
print(repr(ast.get_docstring(tree)))
try:
    ast.get_docstring(tree.body[0].body[0])
except TypeError as e:
    print('TypeError', e)
