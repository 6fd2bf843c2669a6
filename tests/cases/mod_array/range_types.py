import array
class Idx:
    def __init__(self, v): self.v = v
    def __index__(self):
        print('index', self.v)
        return self.v
    def __repr__(self):
        return 'Idx(%d)' % self.v
def t(code, v):
    try:
        a = array.array(code, [v])
        print(code, repr(v), 'ok', a.tolist())
    except Exception as e:
        print(code, type(v).__name__, type(e).__name__, e)
for code in array.typecodes:
    for v in ('x', 1.5, None, True, Idx(3), b'a'):
        t(code, v)
t('f', 1 << 1000)
t('f', 1e300)
t('d', 1 << 1100)
t('f', 3)
t('u', 'ab')
t('u', '')
t('u', '\U0001F600')
a = array.array('i')
a.append(Idx(5))
print(a)
