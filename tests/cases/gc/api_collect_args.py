# gc.collect(generation): Argument Clinic's int converter and keyword handling.
import gc
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class Big(int): pass
def t(label, *a, **k):
    try:
        r = gc.collect(*a, **k)
        print(label, 'ok', type(r).__name__)
    except Exception as e:
        print(label, type(e).__name__, e)
t('()')
t('(0)', 0)
t('(True)', True)
t('(False)', False)
t('(Idx(1))', Idx(1))
t('(Idx(5))', Idx(5))
t('(Idx(2**40))', Idx(2**40))
t('(Big(1))', Big(1))
t('(2**31)', 2**31)
t('(-2**31)', -2**31)
t('(-2**31-1)', -2**31 - 1)
t('(2**63)', 2**63)
t('(-2**100)', -2**100)
t('(1.0)', 1.0)
t("('1')", '1')
t('(None)', None)
t('(1, 2)', 1, 2)
t('(generation=1)', generation=1)
t('(generation=3)', generation=3)
t('(generation="x")', generation='x')
t('(gen=1)', gen=1)
t('(1, generation=1)', 1, generation=1)
t('(generation=1, x=2)', generation=1, x=2)
t('(**{})', **{})
