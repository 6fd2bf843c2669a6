# gc.get_referents of objects of many builtin GC types: what each type's traverse hook visits,
# in its order (the atomic referents shown by repr, the others by type name).
import gc, sys, types, functools, collections, weakref

def show(label, o):
    out = []
    for x in gc.get_referents(o):
        if isinstance(x, (int, str, float, type(None), bool, tuple)) and not gc.is_tracked(x):
            out.append(repr(x))
        else:
            out.append(type(x).__name__)
    print(label, out)

def outer():
    v = [1]
    def inner(a=[2], *, k={'k': 3}):
        'doc'
        return v
    return inner
f = outer()
show('function', f)
show('closure cell', f.__closure__[0])
show('empty cell', types.CellType())
class C:
    def m(self):
        return 1
    @property
    def p(self):
        'pdoc'
        return 1
    @p.setter
    def p(self, v):
        pass
    @classmethod
    def cm(cls):
        pass
    @staticmethod
    def sm():
        pass
c = C()
show('method', c.m)
show('property', C.__dict__['p'])
show('classmethod', C.__dict__['cm'])
show('staticmethod', C.__dict__['sm'])
show('list', [1, 'a', [2], (3,)])
show('tuple', (1, 'a', [2]))
show('set', {5})
show('frozenset', frozenset({'x'}))
show('slice', slice(1, [2], 'x'))
show('namespace', types.SimpleNamespace(a=1))
show('module', types.ModuleType('m'))
show('weakref no callback', weakref.ref(c))
show('weakref callback', weakref.ref(c, print))
show('builtin bound', [].append)
show('super', super(C, c))
show('mappingproxy', C.__dict__)
show('GenericAlias', list[int])
try:
    raise KeyError('k')
except KeyError as e:
    exc = e
show('exception', exc)
show('traceback', exc.__traceback__)
def g():
    x = [1]
    yield x
gen = g()
show('unstarted generator', gen)
next(gen)
show('suspended generator', gen)
gen.close()
show('closed generator', gen)
show('StopIteration', StopIteration([1]))
show('SystemExit', SystemExit([2]))
show('ImportError', ImportError('msg', name='n', path='p'))
show('AttributeError', AttributeError('a', name='n', obj=[1]))
show('NameError', NameError('a', name='n'))
show('OSError', OSError(2, 'strerror', 'file'))
show('SyntaxError', SyntaxError('msg', ('f', 1, 2, 'text', 1, 3)))
show('UnicodeDecodeError', UnicodeDecodeError('utf-8', b'x', 0, 1, 'bad'))
