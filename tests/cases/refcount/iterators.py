# Refcounts of iterators and what they hold: iter() of list/tuple/dict/str/range, exhaustion releases the container.
import sys
rc = sys.getrefcount
lst = [1, 2]
it = iter(lst)
print(rc(lst), rc(it))
next(it); next(it)
print(rc(lst))
try:
    next(it)
except StopIteration:
    pass
print(rc(lst))
t = (1, 2)
ti = iter(t)
print(rc(t))
list(ti)
print(rc(t))
d = {'a': 1}
di = iter(d)
print(rc(d))
list(di)
print(rc(d))
dv = d.values()
print(rc(d), rc(dv))
dvi = iter(dv)
print(rc(d), rc(dv))
del dv, dvi
print(rc(d))
s = 'hello world'
si = iter(s)
print(rc(s))
list(si)
print(rc(s))
r = range(10)
ri = iter(r)
print(rc(r))
rev = reversed(lst)
print(rc(lst))
list(rev)
print(rc(lst))
ci = iter(lambda: 1, 1)
print(rc(ci))
class Seq:
    def __getitem__(self, i):
        if i > 2:
            raise IndexError
        return i
sq = Seq()
seqit = iter(sq)
print(rc(sq))
list(seqit)
print(rc(sq))
