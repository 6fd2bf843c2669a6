# str: its methods, slot wrappers and static methods. Expected: CPython 3.12.1 (whose docs
#   tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: str.__getnewargs__.
from _docsweep import skip, sweep_type

skip(
    'str.__getnewargs__',
)
sweep_type('str', str)
