# list, tuple and range. Expected: CPython 3.12.1 (whose docs tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: range.start, range.step, range.stop.
from _docsweep import skip, sweep_type

skip(
    'range.start', 'range.step', 'range.stop',
)
for t in (list, tuple, range):
    sweep_type(t.__name__, t)
