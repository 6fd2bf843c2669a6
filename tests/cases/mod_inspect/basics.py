# inspect over functions, classes, frames and source: signatures, parameters, binding,
# predicates, members, getsource, cleandoc, getattr_static, and their errors.
import inspect

def f(a, b: int = 2, /, c=3, *args, d, e: 'str' = 'x', **kw) -> bool:
    """Do f.

        Indented more.
    """
    return True

async def co(): pass
def gen(): yield 1
lam = lambda x, *, y=1: x

class Base:
    """A base."""
    attr = 1
    def method(self, x, y=2): return x
    @classmethod
    def cm(cls, z): pass
    @staticmethod
    def sm(q=None): pass
    @property
    def prop(self): return 5

class Derived(Base):
    def __init__(self, v, *, w=0):
        self.v = v

sig = inspect.signature(f)
print(sig)
print(list(sig.parameters))
for p in sig.parameters.values():
    print(p.name, p.kind, p.kind.description, p.default is p.empty, p.annotation)
print(sig.return_annotation, sig.replace(return_annotation=inspect.Signature.empty))
print(inspect.signature(lam), inspect.signature(Base.method), inspect.signature(Base().method), inspect.signature(Base.cm))
print(inspect.signature(Derived), inspect.signature(Base.sm))
ba = sig.bind(1, 2, 3, 4, 5, d=6, z=7)
print(ba, ba.arguments, ba.args, ba.kwargs)
ba = inspect.signature(Base.method).bind_partial(None, 1)
ba.apply_defaults()
print(ba)
for bad in [lambda: sig.bind(1), lambda: sig.bind(1, 2, 3, d=1, c=2), lambda: inspect.signature(Base.method).bind(1, 2, 3, 4)]:
    try:
        bad()
    except TypeError as e:
        print('TypeError', e)
print(inspect.getfullargspec(f))
print(inspect.isfunction(f), inspect.ismethod(Base().method), inspect.isclass(Base), inspect.iscoroutinefunction(co),
      inspect.isgeneratorfunction(gen), inspect.isbuiltin(len), inspect.isroutine(len), inspect.ismodule(inspect))
print(inspect.getdoc(f))
print(inspect.cleandoc("""  first
      second
        third"""))
print(inspect.getdoc(Derived), inspect.getmro(Derived))
print([n for n, _ in inspect.getmembers(Base) if not n.startswith('__')])
print([n for n, _ in inspect.getmembers(Base, inspect.isfunction)])
print(type(inspect.getattr_static(Base(), 'prop')).__name__, type(inspect.getattr_static(Base, 'cm')).__name__)
print(inspect.getsource(Base.method), end='')
print(inspect.getsourcelines(f)[1], inspect.getfile(f).endswith('basics.py'), inspect.getmodule(f).__name__)
print(inspect.getsource(lam), end='')
print(inspect.getcomments(Derived))
frame = inspect.currentframe()
print(inspect.getframeinfo(frame).function, inspect.getframeinfo(frame).lineno)
print([fi.function for fi in inspect.stack()][:1])
print(inspect.getgeneratorstate(gen()))
print(inspect.formatannotation(int), inspect.formatannotation(list[int]))
print(inspect.unwrap(f) is f, inspect.Parameter('x', inspect.Parameter.KEYWORD_ONLY, default=1))
try:
    inspect.Parameter('1x', inspect.Parameter.POSITIONAL_ONLY)
except ValueError as e:
    print('ValueError', e)
try:
    inspect.signature(3)
except TypeError as e:
    print('TypeError', e)

