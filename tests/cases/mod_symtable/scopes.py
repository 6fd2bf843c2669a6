# symtable on comprehensions (inlined or not), PEP 695 scopes, annotations and class bodies.
import symtable

def dump(t, ind=''):
    syms = {n: (t.lookup(n).is_local(), t.lookup(n).is_free(), t.lookup(n).is_global(), t.lookup(n).is_parameter(),
                t.lookup(n).is_assigned(), t.lookup(n).is_referenced(), t.lookup(n).is_annotated()) for n in sorted(t.get_identifiers())}
    print(ind + t.get_type(), t.get_name(), t.get_lineno(), t.is_nested(), t.is_optimized(), syms)
    for c in t.get_children():
        dump(c, ind + '  ')

sources = [
    'x = [a * b for a in range(3) for b in range(a)]\ny = {k: v for k, v in zip(x, x)}\nz = (q for q in x)\ns = {w for w in x if w}\n',
    'def f(n):\n    return [lambda: i + n for i in range(n)]\n',
    'class C:\n    v = 1\n    items = [v for _ in range(3)]\n    def m(self):\n        return [self for _ in range(2)]\n',
    'def g[T, *Ts, **P](a: T, *b: *Ts) -> T:\n    return a\nclass Box[V: (int, str)]:\n    item: V\n    def get(self) -> V: return self.item\ntype Pair[A] = tuple[A, A]\n',
    'from __future__ import annotations\ndef h(x: int) -> str:\n    y: list[int] = []\n    return str(x)\n',
    'def outer():\n    cell = 1\n    def mid():\n        def inner():\n            return cell\n        return inner\n    return mid\n',
    'async def a():\n    async with x as y:\n        pass\n    return [z async for z in y]\n',
    'try:\n    pass\nexcept Exception as err:\n    del err\nwith open("f") as fh, open("g") as gh:\n    pass\nimport a.b.c\nfrom . import d as e\n',
    'def w():\n    if (n := 10) > 5:\n        return [m := k for k in range(n)], m\n',
    'lambda a, /, b=1, *c, d, e=2, **f: (a, b, c, d, e, f)',
]
for src in sources:
    mode = 'eval' if src.startswith('lambda') else 'exec'
    top = symtable.symtable(src, 'src', mode)
    dump(top)
    print()

for bad in ['def f():\n    x = 1\n    global x\n', 'def f(a):\n    nonlocal a\n', 'class C:\n    nonlocal q\n', '[(j := 1) for j in range(3)]',
            'def f(x, x): pass', 'def f[T, T](): pass', 'def f():\n    yield from [i := 1 for i in []]\n', 'def f():\n    return (yield)\nx = [(yield) for _ in []]\n',
            'x: int = 1\nglobal x\n', 'def f():\n    print(x)\n    global x\n']:
    try:
        symtable.symtable(bad, 'bad.py', 'exec')
        print('ok')
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno, e.offset, e.end_lineno, e.end_offset, repr(e.text))
