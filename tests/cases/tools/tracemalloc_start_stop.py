import tracemalloc
import _tracemalloc

print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
try:
    tracemalloc.take_snapshot()
except RuntimeError as e:
    print("RuntimeError:", e)
for args, kw in [(("x",), {}), ((1, 2), {}), ((), {"nframe": 2}), ((0,), {}), ((65536,), {}), ((-1,), {}),
                 ((2**64,), {}), ((1.5,), {}), ((None,), {})]:
    try:
        tracemalloc.start(*args, **kw)
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(3)
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit())
tracemalloc.start(7)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
print(tracemalloc.is_tracing(), tracemalloc.get_traceback_limit(), tracemalloc.get_traced_memory())
tracemalloc.stop()
tracemalloc.start(65535)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
tracemalloc.start(True)
print(tracemalloc.get_traceback_limit())
tracemalloc.stop()
for name in ["stop", "is_tracing", "clear_traces", "get_traceback_limit", "get_traced_memory", "reset_peak", "get_tracemalloc_memory", "_get_traces"]:
    f = getattr(_tracemalloc, name)
    try:
        f(1)
    except TypeError as e:
        print("TypeError:", e)
    try:
        f(a=1)
    except TypeError as e:
        print("TypeError:", e)
for args in [(), (1, 2)]:
    try:
        _tracemalloc._get_object_traceback(*args)
    except TypeError as e:
        print("TypeError:", e)
print(_tracemalloc._get_traces())
print(type(tracemalloc.get_tracemalloc_memory()).__name__, tracemalloc.get_tracemalloc_memory() > 0)
print(sorted(n for n in dir(_tracemalloc) if not n.startswith("__")))
print(_tracemalloc.start.__text_signature__, _tracemalloc.stop.__text_signature__)
print(_tracemalloc.__doc__)
for name in sorted(n for n in dir(_tracemalloc) if not n.startswith("__")):
    print(name, getattr(_tracemalloc, name).__doc__)
