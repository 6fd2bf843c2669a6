# A failing callback reaches sys.unraisablehook with err_msg None and the callback as the
# object, once per phase; a non-callable item too; the collection goes on.
import gc, sys
reports = []
def hook(u):
    reports.append((u.exc_type.__name__, str(u.exc_value), u.err_msg, u.object, u.exc_traceback is not None))
sys.unraisablehook = hook
def bad(phase, info):
    raise KeyError(phase)
class NotCallable:
    def __repr__(self):
        return 'NotCallable()'
nc = NotCallable()
seen = []
gc.callbacks.extend([bad, nc, lambda p, i: seen.append((p, i['generation']))])
print(gc.collect(1))
gc.callbacks.clear()
for r in reports:
    print(r[0], r[1], r[2], r[3] is bad or r[3], r[4])
print(seen)
sys.unraisablehook = sys.__unraisablehook__
print(sys.unraisablehook is sys.__unraisablehook__)
