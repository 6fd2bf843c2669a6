# dict, set, frozenset and the dict views. Expected: CPython 3.12.1 (whose docs
#   tools/gen-docstrings.py copies).
from _docsweep import sweep_type

for t in (dict, set, frozenset, type({}.keys()), type({}.values()), type({}.items())):
    sweep_type(t.__name__, t)
