# memory_usage(): the shapes of its results for each form of proc and each option, and the
# figures the model fixes (a function that keeps a 152.6 MiB list raises the peak by it; whole
# MiB, as CPython's own figure has a few pages more from the sampling thread).
import io
import re
from memory_profiler import memory_usage


def show(label, v):
    if isinstance(v, list):
        print(label, 'list', len(v), sorted({type(x).__name__ for x in v}))
    else:
        print(label, type(v).__name__)


show('default', memory_usage())
show('pid', memory_usage(-1, interval=0.01, timeout=0.05))
show('max', memory_usage(-1, max_usage=True))
ts = memory_usage(-1, timestamps=True)
print('timestamps', len(ts), [type(x).__name__ for x in ts[0]])
buf = io.StringIO()
print('stream', memory_usage(-1, interval=0.001, timeout=0.003, stream=buf))
print([re.sub(r'\d+\.\d+', 'N', line) for line in buf.getvalue().splitlines()])
print('multi', [type(x).__name__ for x in memory_usage(-1, multiprocess=True)[0]])

kept = []


def grow(n, extra=0):
    kept.append([2] * n)
    return n + extra


r = memory_usage((grow, (2 * 10 ** 7,), {'extra': 1}), interval=0.01, retval=True, max_iterations=1)
samples, value = r
print('retval', value, type(samples).__name__, samples == sorted(samples) or True)
print('growth %d MiB' % int(max(samples) - samples[0]))
kept.clear()
peak = memory_usage((grow, (10 ** 6,)), max_usage=True, max_iterations=1)
print('max_usage', type(peak).__name__)
kept.clear()
print('callable', type(memory_usage(lambda: None, max_iterations=1)).__name__)
calls = []
memory_usage((calls.append, (1,)), interval=0.1)
print('reruns', len(calls) > 1)
memory_usage((calls.append, (1,)), interval=0.1, max_iterations=1)
try:
    memory_usage((grow, (1,), {}, 'x'))
except ValueError as e:
    print('ValueError', repr(e))
