# A dict with non-str keys reports both keys and values as referents; a suspended generator
# reports its frame's locals directly.
import gc
k = tuple([1, 2])
d = {k: 'v', 2: 'w'}
r = gc.get_referents(d)
print(len(r), any(x is k for x in r), 'v' in r, 2 in r)
def gen():
    local = ['L']
    yield local
g = gen()
next(g)
print(any(x == ['L'] for x in gc.get_referents(g)))
