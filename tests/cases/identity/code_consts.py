# Constants are merged across the code objects of one compilation unit, and across statements only inside it.
def outer():
    big = 7777777
    def inner():
        return 7777777, 'shared words', (4, 5, 6), 2.75, b'bytes const'
    return big, inner
big, inner = outer()
r = inner()
print(r[0] is big, r[0] is 7777777, r[1] is 'shared words', r[2] is (4, 5, 6), r[3] is 2.75, r[4] is b'bytes const')
print(outer.__code__.co_consts[1] is inner.__code__.co_consts[1] if len(outer.__code__.co_consts) > 1 else None)
class K:
    v = 7777777
    w = ('shared words', 2.75)
print(K.v is big, K.w[0] is r[1], K.w[1] is r[3])
lam = lambda: (4, 5, 6)
print(lam() is r[2], [x for x in (7777777,)][0] is big, {k: 1 for k in (2.75,)}.popitem()[0] is r[3])
gen = (x for x in [7777777])
print(next(gen) is big)
print(all(c is d for c, d in zip(inner.__code__.co_consts, inner.__code__.co_consts)))
ci = inner.__code__.co_consts
print([type(c).__name__ for c in ci])
import sys
print(sys.getrefcount(7777777) > 2)
c1 = compile('p = 7777777\nq = 7777777', 'c1', 'exec')
ns = {}
exec(c1, ns)
print(ns['p'] is ns['q'], ns['p'] is big)
c2 = compile('def f():\n    return 3.5\ndef g():\n    return 3.5', 'c2', 'exec')
exec(c2, ns)
print(ns['f']() is ns['g'](), ns['f']() is 3.5)
t = (1, (2, 3), 'x y')
def f2():
    return (1, (2, 3), 'x y')
print(f2() is t, f2()[1] is t[1], f2()[2] is t[2])
