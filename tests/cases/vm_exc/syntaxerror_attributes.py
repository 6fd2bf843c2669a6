# SyntaxError objects from compile(), exec() and eval(): msg, filename, lineno, offset,
# end_lineno, end_offset, text and args as CPython sets them, str() of the exception, and
# SyntaxError(...) built by hand (SyntaxError_init's argument rules).
def report(e):
    print(type(e).__name__, repr(str(e)))
    print('  ', e.msg, e.filename, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text), e.print_file_and_line)
    print('  ', e.args)

for src in ['x = (', 'x = $', 'def f():\n  return 1\n    x', 'a b c', '"abc', 'f(x for x in y, 1)', 'x = 1 +',
            'print "x"', 'def f(x, x): pass', 'nonlocal x', 'return 5', 'from __future__ import braces',
            'if x:\npass', 'for x in 1,2:\n\tif x:\n        pass\n\tpass', 'f"{x!z}"', 'x = 0777', 'del f()', '\x00',
            "a = 'é' +\n", 'async def f():\n    yield from x', 'class C:\n    def f(self):\n        nonlocal q']:
    try:
        compile(src, '/some/dir/fn.py', 'exec')
    except SyntaxError as e:
        report(e)
for f, src in [(exec, 'x = ('), (eval, '1 +'), (eval, '1' * 5000)]:
    try:
        f(src)
    except SyntaxError as e:
        print(type(e).__name__, str(e)[:60], e.lineno, e.offset, e.end_lineno, e.end_offset, e.filename, len(e.args))

for args in [(), ('m',), ('m', ('f', 1, 2, 't')), ('m', ('f', 1, 2, 't', 3, 4)), ('m', ['f', 1, 2, 't']),
             ('m', (None, None, None, None)), ('m', ('/a/b.py', 7, 0, None)), ('m', (None, 7, 0, None)),
             ('m', ('f.py', 'x', 0, None)), (5, ('f.py', 2, 0, None)), ('m', 'x'), ('m', ('f', 1)), ('m', (1, 2, 3, 4, 5, 6, 7)),
             ('m', ('f', 1, 2, 't', 3)), ('m', 5), ('a', 'b', 'c')]:
    try:
        report(SyntaxError(*args))
    except TypeError as e:
        print('TypeError', e)
try:
    SyntaxError('m', x=1)
except TypeError as e:
    print('TypeError', e)
e = SyntaxError('m', ('f', 1, 2, 't'))
e.lineno = 9
e.msg = 'changed'
del e.text
print(str(e), e.text, e.args)
e = IndentationError('bad', ('g.py', 3, 1, 'x\n', 3, 2))
print(str(e), e.lineno, e.end_offset, isinstance(e, SyntaxError))
