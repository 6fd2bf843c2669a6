# gc.set_threshold: PyArg_ParseTuple("i|ii:set_threshold") — its count messages, the 'i'
# converter's errors, and thresholds set one by one until a bad argument.
import gc
class Idx:
    def __index__(self): return 42
def t(label, *a, **k):
    gc.set_threshold(700, 10, 10)
    try:
        r = gc.set_threshold(*a, **k)
        print(label, 'ok', r, gc.get_threshold())
    except Exception as e:
        print(label, type(e).__name__, e, gc.get_threshold())
t('()')
t('(1, 2, 3, 4)', 1, 2, 3, 4)
t('(1, 2, 3, 4, 5)', 1, 2, 3, 4, 5)
t('(5)', 5)
t('(5, 6)', 5, 6)
t('(5, 6, 7)', 5, 6, 7)
t('(0)', 0)
t('(-1)', -1)
t('(Idx())', Idx())
t('(True, False)', True, False)
t('(5, "x")', 5, 'x')
t('(5, 6, 1.5)', 5, 6, 1.5)
t('(1.5)', 1.5)
t('(None)', None)
t('(2**31-1)', 2**31 - 1)
t('(2**31)', 2**31)
t('(-2**31)', -2**31)
t('(-2**31-1)', -2**31 - 1)
t('(2**63)', 2**63)
t('(-2**64)', -2**64)
t('(threshold0=1)', threshold0=1)
t('(1, threshold1=2)', 1, threshold1=2)
gc.set_threshold(700, 10, 10)
print(gc.get_threshold())
