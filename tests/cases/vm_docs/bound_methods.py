# Bound builtin methods and method-wrappers take the doc of their descriptor. Expected: CPython
#   3.12.1 (whose docs tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: bytes().__buffer__, bytes().__bytes__, bytes().__getnewargs__,
#   bytes().__str__, str().__getnewargs__.
import types

from _docsweep import show, skip

skip(
    'bytes().__buffer__', 'bytes().__bytes__', 'bytes().__getnewargs__', 'bytes().__str__',
    'str().__getnewargs__',
)
for obj in (1, 2.5, 'a', b'a', [1], (1,), {1: 2}, {1}, range(3), object()):
    t = type(obj).__name__
    for name in sorted(vars(type(obj))):
        if isinstance(vars(type(obj))[name], (types.MethodDescriptorType, types.WrapperDescriptorType, types.ClassMethodDescriptorType)):
            show(f'{t}().{name}', getattr(obj, name))
