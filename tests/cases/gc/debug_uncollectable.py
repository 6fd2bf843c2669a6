# DEBUG_UNCOLLECTABLE alone prints nothing for ordinary collectable cycles.
import gc, io, sys
gc.collect()
l = []; l.append(l); del l
buf = io.StringIO()
old, sys.stderr = sys.stderr, buf
gc.set_debug(gc.DEBUG_UNCOLLECTABLE)
n = gc.collect()
gc.set_debug(0)
sys.stderr = old
print(n, repr(buf.getvalue()), gc.garbage)
