# Every operation on a dead proxy raises ReferenceError.
import weakref


class C:
    def __call__(self):
        return 1
    def __len__(self):
        return 1
    def __iter__(self):
        return iter([])
    def __add__(self, o):
        return 1
    def __lt__(self, o):
        return True


c = C()
p = weakref.proxy(c)
q = weakref.proxy(C())
del c
ops = {
    'call': lambda: p(), 'len': lambda: len(p), 'iter': lambda: iter(p), 'add': lambda: p + 1,
    'radd': lambda: 1 + p, 'lt': lambda: p < 1, 'eq': lambda: p == 1, 'getattr': lambda: p.x,
    'setattr': lambda: setattr(p, 'x', 1), 'delattr': lambda: delattr(p, 'x'), 'str': lambda: str(p),
    'bool': lambda: bool(p), 'neg': lambda: -p, 'getitem': lambda: p[0], 'contains': lambda: 1 in p,
    'index': lambda: [1][p], 'bytes': lambda: bytes(p), 'reversed': lambda: reversed(p),
    'hash': lambda: hash(p), 'iadd': lambda: p.__iadd__(1), 'dir': lambda: dir(p),
}
for name, op in ops.items():
    try:
        op()
        print(name, 'no error')
    except ReferenceError as e:
        print(name, 'ReferenceError:', e)
    except TypeError as e:
        print(name, 'TypeError:', e)
print(type(q).__name__, weakref.getweakrefcount(C()))
print(repr(p).split(' to ')[1].split(' at ')[0])
print('end')
