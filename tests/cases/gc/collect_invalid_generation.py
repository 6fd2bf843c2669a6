# gc.collect argument checking.
import gc
for args in [(3,), (-1,), (100,), (2**70,), ('x',), (1.0,), (None,), (0, 1)]:
    try:
        print(args, gc.collect(*args))
    except Exception as e:
        print(args, type(e).__name__, e)
for kw in [{'generation': 1}, {'generation': 5}, {'gen': 1}]:
    try:
        print(kw, gc.collect(**kw))
    except Exception as e:
        print(kw, type(e).__name__, e)
print(gc.collect(True), gc.collect(False))
