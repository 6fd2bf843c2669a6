# show_results' cells: precision 0 to 4, negative increments, -0.000, wide numbers overflowing
# the 12-wide columns, a line never run, the file's own newlines, and a report per function
# with measurements only.
import io
import memory_profiler
from memory_profiler import LineProfiler, show_results

values = [1234567.891, 1234567.8911, -0.00001, 5.5, 5.5, 2.0, 2.0]
readings = iter(values * 10)
memory_profiler._get_memory = lambda *a, **k: next(readings)


def f(x):
    if x:
        y = 1
    else:
        y = 2  # never run
    return y


def never():
    return 0


prof = LineProfiler()
f = prof(f)
never = prof(never)
f(True)
for p in (0, 1, 3, 4):
    out = io.StringIO()
    show_results(prof, stream=out, precision=p)
    print(repr(out.getvalue().splitlines()[4:]))
out = io.StringIO()
show_results(prof, stream=out)
print(out.getvalue().count('Filename:'), len(out.getvalue().splitlines()[2]))
