# The line-by-line arithmetic of memory_profiler 0.61.0 with a memory reading both
# interpreters give alike: a scripted sequence standing in for the process memory. Increments
# are summed per line (signed in loops), Mem usage is each line's maximum, the first row's
# increment is measured from 0, and a second call measures from the previous call's last line.
import io
import memory_profiler
from memory_profiler import LineProfiler, show_results

readings = iter([10.0, 12.5, 11.0, 30.25, 29.0, 28.5, 40.0, 41.0, 39.5, 45.0, 44.0,
                 43.0, 50.0, 51.0, 49.0, 48.0, 47.5, 47.0, 46.0, 45.0, 44.0, 43.0])


def scripted(pid, backend, timestamps=False, include_children=False, filename=None):
    return next(readings)


memory_profiler._get_memory = scripted

prof = LineProfiler()


def work(n):
    total = 0
    for i in range(n):
        total += i
    return total


def other():
    return 1


work = prof(work)
other = prof(other)
print(work(3), work(1))
for p in (0, 1, 2):
    out = io.StringIO()
    show_results(prof, stream=out, precision=p)
    print(out.getvalue(), end='')
print(sorted(len(v) for v in prof.code_map.values()))
