# frame.clear(): a finished frame drops its locals; a suspended generator is closed; a running frame refuses.
import sys
def g():
    try:
        yield sys._getframe()
    finally:
        print('fin')
it = g(); f = next(it); f.clear(); print(it.gi_frame, f.f_locals)
def h():
    x = 1
    return sys._getframe()
fr = h(); print(fr.f_locals); fr.clear(); print(fr.f_locals)
try:
    sys._getframe().clear()
except RuntimeError as e: print(e)
