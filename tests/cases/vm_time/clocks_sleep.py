# The clocks' types and ordering, get_clock_info, clock_gettime, and sleep's argument checks.
import time

def show(f, *a):
    try:
        r = f(*a)
        print(type(r).__name__, repr(r))
    except Exception as e:
        print(type(e).__name__, e)

for name in ['time', 'monotonic', 'perf_counter', 'process_time', 'thread_time']:
    f = getattr(time, name)
    fns = getattr(time, name + '_ns')
    a = f(); b = fns(); c = f()
    print(name, type(a).__name__, type(b).__name__, c >= a, b > 0)
    i = time.get_clock_info(name)
    print(i.implementation, i.monotonic, i.adjustable, i.resolution, type(i).__name__)
    show(f, 1)
    show(fns, x=1)
show(time.get_clock_info, 'x')
show(time.get_clock_info, 1)
show(time.get_clock_info)
a = time.monotonic_ns()
b = time.monotonic_ns()
print(b >= a, abs(time.time() - time.time_ns() / 1e9) < 1, time.time() > 1.6e9)
print(time.CLOCK_REALTIME, time.CLOCK_MONOTONIC, time.CLOCK_PROCESS_CPUTIME_ID, time.CLOCK_THREAD_CPUTIME_ID, time._STRUCT_TM_ITEMS)
print(type(time.clock_gettime(time.CLOCK_MONOTONIC)).__name__, type(time.clock_gettime_ns(time.CLOCK_REALTIME)).__name__, time.clock_getres(time.CLOCK_REALTIME))
show(time.clock_gettime, 12345)
show(time.clock_gettime, 'x')
show(time.clock_settime, time.CLOCK_REALTIME, 0)
start = time.monotonic()
for v in [0, 0.0, False, 0.001, 1e-9]:
    show(time.sleep, v)
print(time.monotonic() - start >= 0.001)
for v in [-1, -0.5, -1e-10, 'x', None, float('nan'), float('inf'), 1e30, 2**64, 2**62, 1j, []]:
    show(time.sleep, v)
show(time.sleep)
show(time.sleep, 0, 1)
show(time.sleep, seconds=1)
print(time.tzset(), time.tzname)
print(time.__name__, time.__doc__.splitlines()[0])
