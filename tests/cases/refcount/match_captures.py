# Refcounts of objects captured by match statement patterns (capture, sequence, mapping, class, as).
import sys
rc = sys.getrefcount
o = object()
subj = [o, o]
match subj:
    case [x, y]:
        print(rc(o))
del x, y
print(rc(o))
match {'k': o}:
    case {'k': v}:
        print(rc(o))
del v
match (o, [o]):
    case (a, [b]) as whole:
        print(rc(o), rc(whole))
del a, b, whole
print(rc(o))
class P:
    __match_args__ = ('val',)
    def __init__(self, val):
        self.val = val
pt = P(o)
match pt:
    case P(val=w):
        print(rc(o))
match pt:
    case P(z):
        print(rc(o))
del w, z
print(rc(o))
def f(s):
    match s:
        case [*rest]:
            return rc(rest), rc(o)
print(f([o, o]))
match o:
    case c if rc(c) > 0:
        print(rc(o))
