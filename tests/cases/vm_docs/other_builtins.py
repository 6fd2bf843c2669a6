# The other types of builtins. Expected: CPython 3.12.1 (whose docs tools/gen-docstrings.py copies).
# Left out, missing in Glasspy: classmethod.__init__, enumerate.__class_getitem__,
#   enumerate.__new__, enumerate.__reduce__, filter.__new__, filter.__reduce__, map.__new__,
#   map.__reduce__, property.__init__, reversed.__new__, reversed.__reduce__, reversed.__setstate__,
#   slice.start, slice.step, slice.stop, staticmethod.__init__, super.__init__, super.__new__,
#   zip.__new__, zip.__reduce__, zip.__setstate__.
from _docsweep import skip, sweep_type

skip(
    'classmethod.__init__', 'enumerate.__class_getitem__', 'enumerate.__new__',
    'enumerate.__reduce__', 'filter.__new__', 'filter.__reduce__', 'map.__new__', 'map.__reduce__',
    'property.__init__', 'reversed.__new__', 'reversed.__reduce__', 'reversed.__setstate__',
    'slice.start', 'slice.step', 'slice.stop', 'staticmethod.__init__', 'super.__init__',
    'super.__new__', 'zip.__new__', 'zip.__reduce__', 'zip.__setstate__',
)
for t in (slice, memoryview, property, classmethod, staticmethod, super, enumerate, map, filter, zip, reversed):
    sweep_type(t.__name__, t)
