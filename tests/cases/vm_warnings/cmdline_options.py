# -W options become filters (later options first); warnings.py's format is used.
import sys
import _warnings
print(sys.warnoptions)
for f in _warnings.filters[:3]:
    print(f[0], f[2], f[4])
for i in range(3):
    _warnings.warn("shown once per line")
_warnings.warn("ignored", DeprecationWarning)
_warnings.warn("always", RuntimeWarning)
_warnings.warn("always", RuntimeWarning)
b = True
print(~b)
