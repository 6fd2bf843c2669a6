# symtable.py over _symtable: blocks, symbols and their flags, the errors of symtable().
import symtable, _symtable
src = '''
import os, sys as system
from math import *
x = 1
def outer(a, b=2, *args, c, **kw):
    global x
    y = a + x
    def inner(q):
        nonlocal y
        y += q
        return [i * y for i in range(q)]
    class K:
        attr: int = 3
        def m(self):
            return __class__, y
    lam = lambda z: z + b
    return inner, K, lam, (g for g in args)

class C(object):
    def method(self, v):
        return v
    @staticmethod
    def s(): pass

async def co():
    await co()

def gen():
    yield 1

def gen2[T: int](t: T) -> T:
    return t

type Alias[U] = list[U]
print(undefined_name)
'''
def show(t, ind=''):
    print(ind, t.get_type(), t.get_name(), t.get_lineno(), t.is_optimized(), t.is_nested(), t.has_children(), sorted(t.get_identifiers()))
    for name in sorted(t.get_identifiers()):
        s = t.lookup(name)
        print(ind, '  ', repr(s), s.is_referenced(), s.is_imported(), s.is_parameter(), s.is_global(), s.is_nonlocal(), s.is_declared_global(),
              s.is_local(), s.is_annotated(), s.is_free(), s.is_assigned(), s.is_namespace(), len(s.get_namespaces()))
    if isinstance(t, symtable.Function):
        print(ind, ' fn', t.get_parameters(), t.get_locals(), t.get_globals(), t.get_nonlocals(), t.get_frees())
    if isinstance(t, symtable.Class):
        print(ind, ' cls', t.get_methods())
    for c in t.get_children():
        show(c, ind + '    ')
top = symtable.symtable(src, '<src>', 'exec')
print(repr(top).split(' at ')[0] if False else type(top).__name__, str(top)[:40])
show(top)
print(symtable.symtable('a + b', 'e', 'eval').get_identifiers())
print(sorted(symtable.symtable('x = 1', 's', 'single').get_identifiers()))
for bad in [('def f(:', 'f', 'exec'), ('nonlocal x', 'f', 'exec'), ('def f():\n  global x\n  x = 1\n  global x\n', 'f', 'exec'),
            ('def f(x):\n  global x\n', 'g', 'exec'), (1, 'f', 'exec'), ('x', 'f', 'bad'), ('x', 1, 'exec'), ('x', 'f', 1)]:
    try:
        symtable.symtable(*bad)
    except Exception as e:
        print(type(e).__name__, e, getattr(e, 'lineno', None), getattr(e, 'offset', None))
try:
    _symtable.symtable('x')
except TypeError as e:
    print(e)
e = _symtable.symtable('def f(x): pass', 'f', 'exec')
print(type(e).__name__, type(e).__module__, e.name, e.type, e.lineno, e.nested, e.symbols, e.varnames, [c.name for c in e.children], repr(e).startswith('<symtable entry top('))
c = e.children[0]
print(c.name, c.type, c.lineno, c.nested, c.symbols, c.varnames, c.children, repr(c).endswith('), line 1>'))
print(sorted(n for n in dir(_symtable) if not n.startswith('__')))
print(top.lookup('outer').get_namespace().get_name())
try:
    top.lookup('nope')
except KeyError as e:
    print('KeyError', e)
