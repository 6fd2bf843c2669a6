# LineProfiler used directly: add_function, wrapping, enable/disable by count, a context
# manager, runctx, chained trace functions (a previous sys.settrace keeps getting events) and
# the code map's nested code objects. Figures from the model: only big allocations' increments.
import io
import sys
from memory_profiler import LineProfiler, show_results
from _mprof_util import mask_report

seen = []


def previous_tracer(frame, event, arg):
    if frame.f_code.co_name == 'alloc':
        seen.append(event)
    return previous_tracer


def alloc(n):
    block = [None] * n
    return len(block)


def unused():
    return 0


prof = LineProfiler()
prof.add_function(unused)
wrapped = prof(alloc)
sys.settrace(previous_tracer)
print(wrapped(3 * 10 ** 6))
print(sys.gettrace() is previous_tracer)
sys.settrace(None)
print(sorted(set(seen)))
with prof:
    print(prof.enable_count, sys.gettrace() == prof.trace_memory_usage)
print(prof.enable_count, sys.gettrace())
prof.runctx('alloc(10)', globals(), locals())
print(len(prof.code_map), [code.co_name for code in prof.code_map])
out = io.StringIO()
show_results(prof, out, precision=1)
print(mask_report(out.getvalue()), end='')
