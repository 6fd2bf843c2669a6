# bytes and bytearray. Expected: CPython 3.12.1 (whose docs tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: bytearray.__alloc__, bytearray.__buffer__,
#   bytearray.__release_buffer__, bytearray.__str__, bytes.__buffer__, bytes.__bytes__,
#   bytes.__getnewargs__, bytes.__str__.
from _docsweep import skip, sweep_type

skip(
    'bytearray.__alloc__', 'bytearray.__buffer__', 'bytearray.__release_buffer__',
    'bytearray.__str__', 'bytes.__buffer__', 'bytes.__bytes__', 'bytes.__getnewargs__',
    'bytes.__str__',
)
for t in (bytes, bytearray):
    sweep_type(t.__name__, t)
