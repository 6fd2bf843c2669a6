# The tutorial's function profiled without the decorator syntax, at precision 3: 7.633,
# 152.590 and -152.590 MiB, the page-rounded mappings of the two item arrays.
import io
from memory_profiler import profile
from _mprof_util import mask_report


def build_and_drop(n):
    small = [1] * n
    large = [2] * (20 * n)
    del large
    return small


out = io.StringIO()
print(len(profile(build_and_drop, stream=out, precision=3)(10 ** 6)))
print(mask_report(out.getvalue()), end='')
