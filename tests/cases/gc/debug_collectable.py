# DEBUG_COLLECTABLE writes one line per collectable object to sys.stderr.
import gc, io, re, sys
class A: pass
gc.collect()
a = A(); a.me = a
l = []; l.append(l)
del a, l
buf = io.StringIO()
old = sys.stderr
sys.stderr = buf
gc.set_debug(gc.DEBUG_COLLECTABLE)
n = gc.collect()
gc.set_debug(0)
sys.stderr = old
print(n)
print(sorted(re.sub(r'0x[0-9a-f]+', 'ADDR', buf.getvalue()).splitlines()))
