# TimeStamper (what `-m memory_profiler --timestamp` and `mprof run` record): one FUNC line per
# call, in registration order, with the nesting level among stamped functions, and blocks
# stamped with profile.timestamp(name). Figures and times are masked.
import io
import os
from memory_profiler import TimeStamper, choose_backend
from _mprof_util import mask_numbers

stamper = TimeStamper(choose_backend('psutil'))


@stamper
def leaf(n):
    return [0] * n


@stamper(precision=3)
def tree(depth):
    if depth:
        return tree(depth - 1) + len(leaf(10))
    return 0


print(tree(2), leaf.__name__, tree.__module__)
with stamper.timestamp('setup'):
    leaf(5)
with stamper.timestamp():
    pass
out = io.StringIO()
stamper.show_results(stream=out)
print(mask_numbers(out.getvalue()), end='')
try:
    stamper(42)
except ValueError as e:
    print(e)
