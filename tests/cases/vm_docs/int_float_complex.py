# int, bool, float and complex: their methods, slot wrappers and attributes. Expected: CPython
#   3.12.1 (whose docs tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: complex.__getnewargs__.
from _docsweep import skip, sweep_type

skip(
    'complex.__getnewargs__',
)
for t in (int, bool, float, complex):
    sweep_type(t.__name__, t)
