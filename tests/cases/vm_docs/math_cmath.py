# The math and cmath modules. Expected: CPython 3.12.1 (whose docs tools/gen-docstrings.py copies).
import math, cmath

from _docsweep import sweep_module

sweep_module(math)
sweep_module(cmath)
