def m(x):
    match x:
        case 1:
            return 'one'
        case 'two' | 'deux':
            return 2
        case None:
            return None
        case True:
            return True
        case [a, b]:
            return a + b
        case [a, *rest]:
            return rest
        case [_, _, *_]:
            return 'long'
        case [first, *_, last]:
            return first, last
        case (p, q, r):
            return p
        case {'k': v, 'w': 1}:
            return v
        case {'k': v, **others}:
            return others
        case {}:
            return {}
        case Point(x=0, y=0):
            return 'origin'
        case Point(a, b, c=cc) if a > 0:
            return cc
        case Color.RED:
            return 'red'
        case [Point(x=px) as pt, *_] as whole:
            return pt, px, whole
        case (1 | 2 | 3) as small:
            return small
        case [u, v] | (v, u) if u:
            return u, v
        case str() | bytes():
            return 'text'
        case -1 | 1.5 | 2j | -3+4j:
            return 'num'
        case _:
            return 'other'

def m2(cmd):
    match cmd.split():
        case [action]:
            pass
        case [action, obj]:
            pass
        case name:
            return name

def m3(x):
    match x:
        case {1: a, 'b': [c, d], **kw} if kw:
            pass
        case [1, [2, [3, *r]]]:
            pass
