# get_referrers only sees tracked containers: untracked dicts and tuples are not reported.
import gc
s = 'some string'
def tup(*a):
    return tuple(a)
t = tup(s, 1)
d = {'a': s}
print(gc.is_tracked(t), gc.is_tracked(d))
refs = gc.get_referrers(s)
print(any(r is t for r in refs), any(r is d for r in refs))
gc.collect()
print(gc.is_tracked(t))
refs = gc.get_referrers(s)
print(any(r is t for r in refs))
