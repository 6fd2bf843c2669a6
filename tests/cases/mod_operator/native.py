import _operator as o

def check(f, *a, **k):
    try:
        r = f(*a, **k)
    except Exception as e:
        print(type(e).__name__ + ':', e)
    else:
        print(repr(r))

print([n for n in dir(o)])
print(o.__doc__)
for name in ['add', 'sub', 'mul', 'truediv', 'floordiv', 'mod', 'pow', 'lshift', 'rshift', 'and_', 'or_', 'xor', 'eq', 'ne', 'lt', 'le', 'gt', 'ge', 'is_', 'is_not']:
    f = getattr(o, name)
    print(name, f(7, 3), f(True, 2))
for name in ['iadd', 'isub', 'imul', 'itruediv', 'ifloordiv', 'imod', 'ipow', 'ilshift', 'irshift', 'iand', 'ior', 'ixor']:
    print(name, getattr(o, name)(6, 4))
l = [1]
print(o.iadd(l, [2]) is l, l, o.imul(l, 2) is l, l, o.iconcat(l, (3,)) is l, l)
print(o.add('a', 'b'), o.mul([1], 2), o.mul(2, 'x'), o.concat('a', 'b'), o.concat([1], [2]), o.concat((1,), (2,)))
print(o.neg(5), o.pos(-5), o.abs(-3.5), o.inv(5), o.invert(0), o.not_([]), o.truth([0]), o.index(True), o.is_(None, None), o.is_not(1, None))
print(o.getitem([1, 2], 1), o.getitem({'a': 1}, 'a'), o.contains([1, 2], 2), o.contains('abc', 'd'), o.countOf([1, 2, 1], 1), o.indexOf('abc', 'c'))
d = {}
print(o.setitem(d, 'k', 1), d, o.delitem(d, 'k'), d)
print(o.length_hint([1, 2]), o.length_hint(iter(range(5))), o.length_hint(object(), 7), o.length_hint(iter([]), 3))
print(o.call(max, 1, 3, key=lambda x: -x), o.call(len, 'ab'))
print(o.matmul.__name__, o.call.__module__ if False else '')
class M:
    def __matmul__(self, other): return 'mm'
    def __imatmul__(self, other): return 'imm'
print(o.matmul(M(), 1), o.imatmul(M(), 1))
check(o.add)
check(o.add, 1)
check(o.add, 1, 2, 3)
check(o.add, a=1, b=2)
check(o.add, 1, 'a')
check(o.iadd, 1, 'a')
check(o.ipow, 'a', 2)
check(o.pow, 'a', 2)
check(o.imatmul, 1, 2)
check(o.neg)
check(o.neg, 1, 2)
check(o.neg, 'a')
check(o.abs, 'a')
check(o.invert, 1.5)
check(o.concat, 1, 2)
check(o.concat, [1], (2,))
check(o.iconcat, 1, 2)
check(o.concat, 'a', 1)
check(o.index, 1.5)
check(o.contains, 1, 2)
check(o.getitem, 1, 2)
check(o.delitem, {}, 'x')
check(o.setitem, 1, 2, 3)
check(o.setitem, [], 1)
check(o.length_hint, 1, 'x')
check(o.length_hint)
check(o.length_hint, [], 1, 2)
check(o.indexOf, [1, 2, 1], 3)
check(o.countOf, 1, 2)
check(o.call)
check(o.lt, 1, 'a')
check(o.truth)
check(o.not_, x=1)
class S:
    def __add__(s, other): return 'added'
    def __getitem__(s, i): return i
print(o.concat(S(), S()), o.iconcat(S(), S()))
check(o.concat, S(), 1)

print(o._compare_digest('abc', 'abc'), o._compare_digest('abc', 'abd'), o._compare_digest('a', 'ab'), o._compare_digest(b'ab', bytearray(b'ab')),
      o._compare_digest(b'', b''), o._compare_digest(memoryview(b'xy'), b'xy'), o._compare_digest(b'x', b'xy'))
check(o._compare_digest, 'a', b'a')
check(o._compare_digest, b'a', 'a')
check(o._compare_digest, 'é', 'é')
check(o._compare_digest, 1, 2)
check(o._compare_digest, 1, b'1')
check(o._compare_digest, 'a')

ig = o.itemgetter(1)
print(ig, ig([5, 6]), ig('xy'), o.itemgetter(0, -1)('abc'), o.itemgetter('k')({'k': 3}), o.itemgetter(slice(1, None))('abc'), o.itemgetter(1, 'a'))
print(ig.__reduce__(), o.itemgetter(1, 2).__reduce__(), type(ig), o.itemgetter.__doc__.splitlines()[0])
check(o.itemgetter)
check(o.itemgetter, 1, x=2)
check(ig, 5)
check(ig)
check(ig, [1], [2])
check(ig, x=[1])
check(ig, [1])
check(o.itemgetter(0, 5), 'abc')
ag = o.attrgetter('real')
print(ag, ag(3), o.attrgetter('real', 'imag')(2j), o.attrgetter('__class__.__name__')(1), o.attrgetter('a.b', 'c'), o.attrgetter(''))
print(ag.__reduce__(), o.attrgetter('a.b', 'c').__reduce__())
check(o.attrgetter, 1)
check(o.attrgetter)
check(o.attrgetter, 'a', 2)
check(o.attrgetter('x'), 1)
check(o.attrgetter('a..b'), 1)
check(o.attrgetter('real.zz'), 1)
check(ag)
check(ag, 1, x=2)
mc = o.methodcaller('upper')
print(mc, mc('ab'), o.methodcaller('split', ',', maxsplit=1)('a,b,c'), o.methodcaller('f', 1, k=2), o.methodcaller('count', 'a')('banana'))
print(mc.__reduce__(), o.methodcaller('f', 1, k=2).__reduce__())
check(o.methodcaller)
check(o.methodcaller, 1)
check(o.methodcaller, name='x')
check(o.methodcaller('x'), 1)
check(mc)
check(mc, 'a', x=1)
for t in (o.itemgetter, o.attrgetter, o.methodcaller):
    try:
        class X(t):
            pass
    except TypeError as e:
        print(e)
    print(t.__module__, t.__name__)
check(setattr, ig, 'x', 1)
class Rec:
    pass
r = Rec()
r.self = o.itemgetter(r)
print(repr(o.itemgetter([1, 2])), o.methodcaller('f', [3]))
