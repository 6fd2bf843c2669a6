import _rel
import sys
print(_rel.VALUE, _rel.bmod.__name__, sorted(k for k in sys.modules if k.startswith('_rel')))
import _rel.sub.b as b2
print(b2 is _rel.bmod, b2.__spec__.parent, _rel.sub.__path__[0].endswith('sub'))
import _ns.part.mod
print(list(_ns.__path__), _ns.__file__ if hasattr(_ns, '__file__') else 'no file', _ns.__spec__.origin)
print(_ns.part.mod.__name__, _ns.__spec__.submodule_search_locations is not None)
try:
    from . import x
except ImportError as e:
    print(type(e).__name__, e)
try:
    exec('from .. import y', {'__name__': 'a.b', '__package__': 'a'})
except ImportError as e:
    print(type(e).__name__, e)
try:
    __import__('_rel', level=-1)
except ValueError as e:
    print(e)
try:
    __import__('', {'__name__': 'q'}, None, (), 1)
except ImportError as e:
    print(type(e).__name__, e)
