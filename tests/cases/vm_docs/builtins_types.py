# The docs and text signatures of every type in builtins (exceptions too). Expected: CPython 3.12.1
#   (whose docs tools/gen-docstrings.py copies).
import builtins

from _docsweep import show

for name in sorted(vars(builtins)):
    v = vars(builtins)[name]
    if isinstance(v, type) and not name.startswith('__'):
        show(name, v)
        print('  __text_signature__', repr(v.__text_signature__))
