# get_referrers finds the containers that refer to an object.
import gc
x = ['target']
holder1 = [x]
holder2 = (x, 1)
holder3 = {'k': x}
refs = gc.get_referrers(x)
print(any(r is holder1 for r in refs), any(r is holder2 for r in refs), any(r is holder3 for r in refs))
print(any(r is globals() for r in refs))
class A: pass
a = A()
a.attr = x
refs = gc.get_referrers(x)
print(any(r is a for r in refs) or any(r is a.__dict__ for r in refs))
print(gc.get_referrers())
y = [1]
print(len([r for r in gc.get_referrers(y, x) if r is holder1]))
