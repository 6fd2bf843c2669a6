# -W error: the first warning is an uncaught exception.
import sys
import _warnings
print(sys.warnoptions)
print(_warnings.filters[0])
b = True
try:
    ~b
except DeprecationWarning as e:
    print("caught", e)
_warnings.warn("boom")
