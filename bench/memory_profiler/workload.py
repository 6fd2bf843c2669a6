# The memory_profiler benchmark's program: `workload.py plain N` runs work(N) as it is,
# `workload.py profile N` under memory_profiler's @profile (a memory reading at every line
# event). Prints the seconds work() took, measured inside the program (no startup or imports).
import io
import sys
import time


def work(n):
    total = 0
    data = []
    for i in range(n):
        data.append(i * 2)
        if len(data) > 1000:
            total += sum(data)
            data = []
    return total


mode, n = sys.argv[1], int(sys.argv[2])
if mode == 'profile':
    from memory_profiler import profile
    report = io.StringIO()
    work = profile(work, stream=report)
t0 = time.perf_counter()
result = work(n)
elapsed = time.perf_counter() - t0
if mode == 'profile':
    assert 'Line Contents' in report.getvalue()
print(result, '%.6f' % elapsed)
