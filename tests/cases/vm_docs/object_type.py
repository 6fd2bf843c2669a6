# object and type. Expected: CPython 3.12.1 (whose docs tools/gen-docstrings.py copies).
from _docsweep import sweep_type

for t in (object, type):
    sweep_type(t.__name__, t)
