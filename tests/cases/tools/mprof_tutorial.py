# The tutorial example: @profile on a function that builds two lists and deletes the second.
# The increments of the big allocations follow from the page-rounded mmap of each item array.
import io
from memory_profiler import profile
from _mprof_util import mask_report

out = io.StringIO()


@profile(stream=out)
def my_func():
    a = [1] * (10 ** 6)
    b = [2] * (2 * 10 ** 7)
    del b
    return a


r = my_func()
print(len(r))
print(mask_report(out.getvalue()), end='')
