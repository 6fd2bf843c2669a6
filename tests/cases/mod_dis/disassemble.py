# dis over Glasspy's code objects: dis.dis of functions with loops, try/except, comprehensions,
# closures and f-strings; get_instructions, findlinestarts, code_info, Bytecode.
import dis, io, re

def f(a, b=1):
    for i in range(a):
        if i % 2:
            b += i
    try:
        return [x * b for x in (1, 2)]
    except KeyError as e:
        raise ValueError('x') from e

def outer(n):
    def inner(k):
        return n + k
    return inner

def g(name, *args, **kw):
    with open(name) as fh:
        data = fh.read()
    return f"{name!r}: {len(data):>5}", {**kw}, [*args]

class K:
    def m(self):
        return super().m()

def show(x):
    out = io.StringIO()
    dis.dis(x, file=out)
    print(re.sub('0x[0-9a-f]+', '0x...', out.getvalue()))

show(f)
show(outer)
show(g)
show(K.m)
show("x = {1: 2}; y = x[1] if x else None")
print(list(dis.findlinestarts(f.__code__)))
print(dis.code_info(f))
for ins in list(dis.get_instructions(outer))[:6]:
    print(ins.opname, ins.arg, re.sub('0x[0-9a-f]+', '0x...', ins.argrepr), ins.offset, ins.starts_line, ins.is_jump_target)
print(dis.Bytecode(lambda x: x + 1).dis())
