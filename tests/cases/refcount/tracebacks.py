# Refcounts of traceback objects, tb_frame and tb_next, and frames kept alive by a stored traceback.
import sys
rc = sys.getrefcount
def inner():
    x = [1, 2, 3]
    raise ValueError('v')
def outer():
    try:
        inner()
    except ValueError as e:
        return e
e = outer()
tb = e.__traceback__
print(rc(tb))
fr = tb.tb_frame
print(rc(fr), fr.f_code.co_name)
nxt = tb.tb_next
print(rc(nxt), nxt.tb_frame.f_code.co_name)
inner_fr = nxt.tb_frame
print(rc(inner_fr), sorted(inner_fr.f_locals))
xs = inner_fr.f_locals['x']
print(rc(xs))
print(nxt.tb_next, tb.tb_lineno, nxt.tb_lineno)
del nxt
print(rc(inner_fr))
e.__traceback__ = None
print(rc(tb), rc(fr))
del tb
print(rc(fr), rc(inner_fr))
del fr
print(rc(inner_fr), rc(xs))
inner_fr.clear()
print(rc(xs))
