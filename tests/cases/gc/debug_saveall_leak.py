# DEBUG_LEAK = COLLECTABLE | UNCOLLECTABLE | SAVEALL: prints and saves the garbage.
import gc, io, re, sys
gc.collect()
d = {}; d['d'] = d
del d
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
gc.set_debug(gc.DEBUG_LEAK)
n = gc.collect()
gc.set_debug(0)
sys.stderr = old
print(n, len(gc.garbage), type(gc.garbage[0]).__name__)
print(re.sub(r'0x[0-9a-f]+', 'ADDR', buf.getvalue()), end='')
gc.garbage.clear()
print(gc.collect())
