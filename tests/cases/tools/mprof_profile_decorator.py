# profile(): a fresh report per call, keyword forms, functools.wraps, a class (no code object:
# a warning and nothing profiled), a generator function (only the creation is measured) and a
# coroutine function (the report after the awaited body).
import io
import memory_profiler
from memory_profiler import profile
from _mprof_util import mask_report

readings = iter([float(i % 7) for i in range(1000)])
memory_profiler._get_memory = lambda *a, **k: next(readings)
out = io.StringIO()


@profile(stream=out, precision=0)
def twice(x):
    """doc of twice"""
    y = x * 2
    return y


print(twice(1), twice(2), twice.__name__, twice.__doc__, twice.__wrapped__.__name__)
print(out.getvalue().count('Filename:'))
print(out.getvalue(), end='')

prof = memory_profiler.LineProfiler()
prof.add_function(int)
print(len(prof.code_map))

out = io.StringIO()


@profile(stream=out)
def gen():
    yield 1
    yield 2


print(list(gen()), repr(out.getvalue().splitlines()[-3:]))

out = io.StringIO()


@profile(stream=out)
async def coro(v):
    w = v + 1
    return w


c = coro(41)
try:
    c.send(None)
except StopIteration as e:
    print('coroutine returned', e.value)
print(out.getvalue(), end='')
