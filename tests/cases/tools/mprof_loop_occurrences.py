# Occurrences of a for line (iterations + 1) and of its body; increments accumulate per line.
import io
from memory_profiler import profile
from _mprof_util import mask_report

out = io.StringIO()


@profile(stream=out, precision=2)
def loop():
    out_ = []
    for i in range(3):
        out_.append([i] * 10 ** 6)
    total = 0
    for chunk in out_:
        total += len(chunk)
    return out_, total


res, total = loop()
print(total)
print(mask_report(out.getvalue()), end='')
