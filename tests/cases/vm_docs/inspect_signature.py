# inspect.signature of the builtin functions and of the methods of some builtin types. Expected:
#   CPython 3.12.1 (whose docs tools/gen-docstrings.py copies).
# Left out: set.__contains__ (a method in CPython, a slot wrapper in Glasspy, so the error message
#   differs).
# Left out, missing in Glasspy: bytes.__buffer__, bytes.__bytes__, bytes.__getnewargs__,
#   bytes.__str__, str.__getnewargs__.
import types
import builtins
import inspect

from _docsweep import sig, skip

skip(
    'bytes.__buffer__', 'bytes.__bytes__', 'bytes.__getnewargs__', 'bytes.__str__',
    'set.__contains__', 'str.__getnewargs__',
)
for name in sorted(vars(builtins)):
    v = vars(builtins)[name]
    if isinstance(v, types.BuiltinFunctionType):
        sig(name, v)
for t in (int, str, list, dict, bytes, float, tuple, set):
    for name in sorted(vars(t)):
        v = vars(t)[name]
        if isinstance(v, (types.MethodDescriptorType, types.WrapperDescriptorType, types.ClassMethodDescriptorType)):
            sig(f'{t.__name__}.{name}', v)
