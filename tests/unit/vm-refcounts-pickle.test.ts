// Leak checks of what pickling and copying use below the pure-Python pickle module: BytesIO's
// getbuffer() views and their exporter, BytesIO/StringIO state, the __reduce__ of methods,
// descriptors, exceptions, iterators, sets and bytearrays. After a program ran and its module was
// released, the blocks held by live objects are back to their count.
import { test } from 'node:test';
import { checkNoLeak } from '../lib/leakcheck.ts';

const GETBUFFER = `
import _io, _struct as struct
class Sub(_io.BytesIO):
    pass
total = 0
for i in range(ROUNDS):
    b = _io.BytesIO(b'hello world %d' % i)
    m = b.getbuffer()
    m[0] = 72
    total += len(m) + m[1] + len(bytes(m.obj)) + len(m[2:5].tobytes()) + len(m.cast('c').tolist())
    v = memoryview(m.obj)
    struct.pack_into('B', v, 1, 69)
    for op in (lambda: b.write(b'x'), lambda: b.truncate(1), lambda: b.close(), lambda: b.__setstate__((b'a', 0, None)),
               lambda: b.__init__(b'zz'), lambda: b.writelines([b'q'])):
        try:
            op()
        except BufferError as e:
            total += len(str(e))
    total += b.readinto(m.obj) + b.readinto(memoryview(bytearray(4)))
    v.release()
    m2 = m[1:]
    m.release()
    del m2
    with b.getbuffer() as m3:
        total += len(m3.toreadonly())
    b.write(b'after')
    kept = _io.BytesIO(b'kept').getbuffer()
    total += len(kept)
    del kept
    s = Sub(b'sub')
    with s.getbuffer() as m4:
        total += len(m4)
    s.close()
    x = b'shared %d' % i * 5
    sh = _io.BytesIO(x)
    total += (sh.read() is x) + sh.__sizeof__()
    v = sh.getvalue()
    sh.write(b'grow' * 30)
    w = sh.getvalue()
    sh.seek(0)
    sh.write(b'in place')
    total += (sh.getvalue() is w) + len(sh.readline()) + sh.truncate(7) + sh.__sizeof__()
    del v, w
    sh.__init__(b'again %d' % i)
    sh.__init__(bytearray(b'copied'))
    sh.close()
    sh.__init__(x)
    b.x = i
    st = b.__getstate__()
    c = _io.BytesIO()
    c.__setstate__(st)
    c.__setstate__((b'again', 1, {'y': i}))
    for bad in (1, (b'zz', 'a', None), (b'zz', 1, 5), (1, 0, None)):
        try:
            c.__setstate__(bad)
        except (TypeError, ValueError) as e:
            total += len(str(e))
    t = _io.StringIO('a\\r\\nb', newline=None)
    t.read(1)
    t.z = 1
    u = _io.StringIO()
    u.__setstate__(t.__getstate__())
    total += len(u.getvalue()) + u.tell()
    for op in (lambda: _io.TextIOWrapper(_io.BytesIO()).__reduce_ex__(2), lambda: _io.BufferedReader(_io.BytesIO()).__reduce__()):
        try:
            op()
        except TypeError as e:
            total += len(str(e))
print(total)
`;

test('getbuffer views, their exporter and the BytesIO/StringIO state release what they use', () => {
  checkNoLeak(GETBUFFER);
});

const REDUCE = `
class C:
    def m(self):
        pass
class E(Exception):
    pass
class S:
    __slots__ = ('a',)
total = 0
for i in range(ROUNDS):
    x = [i]
    for f in (len, x.append, list.append, int.__add__, (i).__add__, C().m, dict.fromkeys, object.__new__, S.a, C.__init__):
        r = f.__reduce__()
        total += len(r) if isinstance(r, tuple) else len(r)
    total += ((i).__add__ == (i).__add__) + (hash(x.__len__) == hash(x.__len__))
    e = E('boom', i)
    e.note = [i]
    r = e.__reduce__()
    e2 = r[0](*r[1])
    e2.__setstate__(r[2])
    e2.__setstate__(None)
    try:
        e2.__setstate__(1)
    except TypeError as err:
        total += len(str(err))
    o = OSError(2, 'gone', 'f', None, 'g')
    total += len(o.__reduce__()[1]) + len(OSError(1, 'x').__reduce__()[1])
    im = ImportError('no', name='n', path='p')
    total += len(im.__reduce__()[2])
    for it in (iter([1, 2, 3]), reversed([1, 2]), iter((1, 2))):
        next(it)
        r = it.__reduce__()
        it2 = r[0](*r[1])
        it2.__setstate__(r[2])
        it2.__setstate__(-9)
        total += len(list(it2)) + it.__length_hint__()
        list(it)
        total += len(it.__reduce__())
    ba = bytearray(b'ab%d' % i)
    total += len(ba.__reduce__()) + len(ba.__reduce_ex__(4)) + len(bytearray().__reduce_ex__(2))
    s = {i, 'k'}
    total += len(s.__reduce__()[1][0]) + len(frozenset(s).__reduce__())
print(total)
`;

test('the __reduce__ and __setstate__ of builtin objects release what they use', () => {
  checkNoLeak(REDUCE);
});
