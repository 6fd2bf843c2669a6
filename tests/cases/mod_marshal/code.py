# marshal of code objects: the bytes of a .pyc body, read back into code that runs.
import marshal

# Compiled from a string, so that the file name in the bytes does not depend on where the case runs.
ns = {}
exec(mc := compile('''
def f(a, b=1, *args, k=3, **kw):
    "doc"
    c = [a, b]
    try:
        return [x + a for x in c]
    except ValueError as e:
        raise
''', 'fmod.py', 'exec'), ns)
f = ns['f']

d = marshal.dumps(f.__code__)
print(len(d))
print(marshal.dumps(mc))
g = marshal.loads(d)
print(g.co_name, g.co_qualname, g.co_consts, g.co_varnames, g.co_filename == f.__code__.co_filename)
print(g.co_argcount, g.co_kwonlyargcount, g.co_flags, g.co_firstlineno, g.co_stacksize)
print(eval(marshal.loads(marshal.dumps(compile('sum([1, 2, 3]) * 2', 's', 'eval')))))
src = '''
class C:
    def m(self, x):
        return (lambda: x)()
print(C().m(5), C.m.__qualname__)
'''
code = compile(src, 'mod.py', 'exec')
data = marshal.dumps(code)
print(len(data), data[:30])
exec(marshal.loads(data), {})
print(g == f.__code__, g != f.__code__, hash(g) == hash(f.__code__), f.__code__ == code, len({g, f.__code__}))
c1 = compile('x = 1', 'a', 'exec')
c2 = compile('x = 1', 'a', 'exec')
c3 = compile('x = 1.0', 'a', 'exec')
print(c1 == c2, hash(c1) == hash(c2), c1 == c3, c1 is c2)
