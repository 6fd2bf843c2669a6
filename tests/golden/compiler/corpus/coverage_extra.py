def subscripts(x, y):
    return (lambda: 1)[0], {1}[0], (x for x in y)[0], f'{x}'[1.5], {}(), (i for i in y)()

async def nested_async(a):
    return [x async for y in a async for x in y], {k async for k in a}

def finally_returns(a, b):
    try:
        return a()
    finally:
        return b()

def finally_loop(items):
    for x in items:
        try:
            return x()
        finally:
            if x:
                break

x[1:2]: int
x[1, 2:3, ::4]: str
a, = b,
(c,) = (d,)

class WithAlias:
    type Alias = list[int]
    def method[T](self, t: T) -> T:
        return t

def qualnames():
    def inner[U](u: U):
        class K[V]:
            def m(self): pass
        return K
    return inner

def patterns(p):
    match p:
        case C(_, y=_, z=zz):
            return zz
        case [_, *_, q]:
            return q
long_fstring = f"{a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a} {a}"
