# unicodedata, _random, _sre, _codecs, _abc, _heapq, _bisect and _string. Expected: CPython 3.12.1
#   (whose docs tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: unicodedata.UCD.__getattribute__, unicodedata.UCD.unidata_version.
import unicodedata, _random, _sre, _codecs, _abc, _heapq, _bisect, _string

from _docsweep import skip, sweep_module

skip(
    'unicodedata.UCD.__getattribute__', 'unicodedata.UCD.unidata_version',
)
for m in (unicodedata, _random, _sre, _codecs, _abc, _heapq, _bisect, _string):
    sweep_module(m)
