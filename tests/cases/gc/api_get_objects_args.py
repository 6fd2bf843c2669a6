# gc.get_objects(generation): an int or None (-1 meaning all generations, as None does), the
# converter's messages, and the generation checks.
import gc
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
def t(label, *a, **k):
    try:
        r = gc.get_objects(*a, **k)
        print(label, 'ok', type(r).__name__, len(r) > 0)
    except Exception as e:
        print(label, type(e).__name__, e)
t('()')
t('(None)', None)
t('(-1)', -1)
t('(True)', True)
t('(Idx(2))', Idx(2))
t('(Idx(-2))', Idx(-2))
t('(Idx(3))', Idx(3))
t('(Idx(2**70))', Idx(2**70))
t('(2**63)', 2**63)
t('(-2**63)', -2**63)
t('(-2**63-1)', -2**63 - 1)
t('(2**63-1)', 2**63 - 1)
t('(1.0)', 1.0)
t("(b'x')", b'x')
t('([])', [])
t('(generation=None)', generation=None)
t('(generation=-1)', generation=-1)
t('(generation=[])', generation=[])
t('(gen=1)', gen=1)
t('(0, generation=0)', 0, generation=0)
t('(0, 1)', 0, 1)
# the list returned is not among the objects listed; -1 and None list the same generations
l = gc.get_objects(-1)
print(any(o is l for o in l))
x = [1]
print(any(o is x for o in gc.get_objects(-1)), any(o is x for o in gc.get_objects(None)))
