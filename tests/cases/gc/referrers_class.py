# get_referrers of a class includes its instances (through ob_type) and subclasses' __mro__/__bases__.
import gc
class A: pass
class B(A): pass
a = A()
refs = gc.get_referrers(A)
print(any(r is a for r in refs))
print(any(r is B.__mro__ for r in refs), any(r is B.__bases__ for r in refs))
print(any(r is B for r in refs))
