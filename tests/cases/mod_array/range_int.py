import array
def t(code, v):
    try:
        a = array.array(code, [v])
        print(code, v, 'ok', a[0])
    except Exception as e:
        print(code, v, type(e).__name__, e)
for code, lo, hi in [('b', -128, 127), ('h', -2**15, 2**15 - 1), ('i', -2**31, 2**31 - 1), ('l', -2**63, 2**63 - 1), ('q', -2**63, 2**63 - 1)]:
    for v in (lo, hi, lo - 1, hi + 1, 2**100, -2**100):
        t(code, v)
t('b', 40000)
t('b', -40000)
for code, hi in [('B', 255), ('H', 2**16 - 1), ('I', 2**32 - 1), ('L', 2**64 - 1), ('Q', 2**64 - 1)]:
    for v in (0, hi, -1, hi + 1, 2**100, -2**100):
        t(code, v)
t('H', 2**31)
t('H', -2**31 - 1)
