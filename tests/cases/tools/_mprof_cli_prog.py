# The program of the mprof_cli_* cases, run by `-m memory_profiler`: `profile` comes from
# builtins, and the end-of-run report is masked where it holds the process's memory.
import sys
from _mprof_util import mask_report, mask_numbers, mask_stdout_at_exit

mask_stdout_at_exit(mask_numbers if '--numbers' in sys.argv else mask_report)
print('argv', sys.argv, __name__, __file__)


@profile
def my_func():
    a = [1] * (10 ** 6)
    b = [2] * (2 * 10 ** 7)
    del b
    return a


@profile(precision=4)
def loop(n):
    out = []
    for i in range(n):
        out.append([i] * 10 ** 6)
    return out


# Everything stays alive: a freed mapped block would make glibc raise its mmap threshold
# (not in the model), and the next ones would come from the heap in CPython.
keep = [loop(2), my_func(), my_func()]
print([len(x) for x in keep])
