// Leak checks of instance attributes kept in values (managed dicts): stores, deletes, the
// materialized split dict, __dict__ deletion and replacement, the switch to a dict when the
// shared keys are full, and the instances of builtin subclasses.
import { test } from 'node:test';
import { checkNoLeak } from '../lib/leakcheck.ts';

test('instance values: store, replace, delete, release', () => {
  checkNoLeak(`
class A:
    def __init__(self, v):
        self.x = v
        self.y = [v]
for i in range(ROUNDS):
    a = A(i)
    a.x = str(i)
    a.z = (i, i)
    del a.y
    try:
        del a.y
    except AttributeError:
        pass
    b = A(i)
    b.x = b
    b.x = None
`);
});

test('instance values: the dict asked for, deleted, replaced', () => {
  checkNoLeak(`
class B:
    pass
for i in range(ROUNDS):
    b = B()
    b.p = [i]
    d = b.__dict__
    d['q'] = 'w' * i
    b.r = 1
    del d
    c = B()
    c.k = [1]
    del c.__dict__
    c.m = [2]
    c.__dict__ = {'n': [3]}
    e = B()
    e.__dict__[5] = [5]
    vars(e)
`);
});

test('instance values: more names than the shared keys hold; builtin subclasses', () => {
  checkNoLeak(`
class C:
    pass
class L(list):
    pass
for i in range(ROUNDS):
    c = C()
    for j in range(40):
        setattr(c, 'n%d' % j, [j])
    delattr(c, 'n3')
    l = L([1])
    l.q = [i]
    l.__dict__
`);
});
