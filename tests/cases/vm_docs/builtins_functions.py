# The docs and text signatures of every builtin function of builtins. Expected: CPython 3.12.1
#   (whose docs tools/gen-docstrings.py copies).
import types
import builtins

from _docsweep import show

for name in sorted(vars(builtins)):
    v = vars(builtins)[name]
    if isinstance(v, types.BuiltinFunctionType):
        show(name, v)
