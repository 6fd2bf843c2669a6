// Leak checks of frame objects that outlive their frames (they take over the frame's locals,
// f_locals, function and code), of tracebacks reading their frames, and of str concatenation
// with an empty operand (which returns the other operand itself).
import { test } from 'node:test';
import { checkNoLeak } from '../lib/leakcheck.ts';

test('a frame object kept after its frame returned releases the locals it took over', () => {
  checkNoLeak(`
import sys
big = 10 ** 30
def f(n):
    x = [n, big]
    y = str(n) + 'abc'
    return sys._getframe()
def g():
    fr = f(3)
    d = fr.f_locals
    fr.clear()
    n = len(d) + (fr.f_back is not None) + fr.f_lineno
    # fr.f_back is this frame's object: a cycle through the local unless it goes first.
    del fr
    return n
for i in range(ROUNDS):
    fr = f(i)
    t = (fr.f_locals['x'], fr.f_code, fr.f_globals is globals(), fr.f_back is not None, fr.f_lasti, repr(fr)[:6])
    del fr, t
    g()
print('ok')
`);
});

test('tracebacks of exceptions raised through frames release them with the locals they took over', () => {
  checkNoLeak(`
big = 10 ** 30
def inner(v):
    w = [v, big]
    raise ValueError(w)
def outer(v):
    z = (v, big)
    try:
        inner(v)
    except ValueError as e:
        return e
for i in range(ROUNDS):
    e = outer(i)
    tb = e.__traceback__
    loc = tb.tb_next.tb_frame.f_locals
    n = len(loc) + tb.tb_lineno
    e.__traceback__ = None
    del e, tb, loc
    try:
        [big + k for k in range(3)][10]
    except IndexError as x:
        s = str(x) + ''
print('ok')
`);
});

test('enumerate past ssize_t, formatting that returns its argument, __code__ assignment and closing generators release what they hold', () => {
  checkNoLeak(`
big = 10 ** 30
def gen(v):
    x = [v, big]
    yield x
    yield big
def f():
    return 1
def g():
    return 2
class K:
    pass
for i in range(ROUNDS):
    e = enumerate([big, i], start=2 ** 63 - 2)
    pairs = list(e)
    e2 = enumerate('abc', big)
    next(e2)
    s = str(i) + 'text'
    t = ('%s' % s, '%s' % (s,), '{}'.format(s), '{:>2}'.format(s), '{}{}'.format('', s), '%(k)s' % {'k': s}, '%5s' % s)
    f.__code__ = g.__code__
    f.__code__ = (lambda: 3).__code__
    gn = gen(i)
    next(gn)
    fr = gn.gi_frame
    gn.close()
    loc = fr.f_locals
    del fr, loc, gn
    obj = K()
    setattr(obj, 'attr' + str(i % 3), big)
print('ok')
`);
});
