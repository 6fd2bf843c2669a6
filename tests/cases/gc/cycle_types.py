# Cycles through objects of many builtin GC types: each is found and freed by one collection
# (the count is the number of objects in the cycle, shown where no dict that CPython leaves
# untracked takes part), and nothing is left for the next.
import gc, sys, types, functools, collections, weakref
gc.collect()

def check(label, make, exact=True):
    make()
    n = gc.collect()
    print(label, n if exact else n > 0, gc.collect())

def cell_cycle():
    def outer():
        x = None
        def inner():
            return x
        x = inner
        return inner
    outer()
check('cell', cell_cycle)

def method_cycle():
    class A:
        def m(self):
            pass
    a = A()
    a.bound = a.m
check('bound method', method_cycle)

def wrappers():
    l = []
    cm = classmethod(l)
    sm = staticmethod(l)
    l.extend([cm, sm])
check('classmethod/staticmethod', wrappers, False)

def prop():
    l = []
    p = property(l.append, None, None, l)
    l.append(p)
check('property', prop)

def module():
    m = types.ModuleType('m')
    m.me = m
check('module', module)

def namespace():
    ns = types.SimpleNamespace()
    ns.me = ns
check('namespace', namespace)

def set_cycle():
    class H:
        pass
    h = H()
    h.s = {h}
check('set', set_cycle)

def frozenset_cycle():
    class H:
        pass
    h = H()
    h.s = frozenset([h])
check('frozenset', frozenset_cycle)

def tuple_cycle():
    l = []
    t = (l, 1, 'x')
    l.append(t)
check('tuple', tuple_cycle)

def slice_cycle():
    l = []
    l.append(slice(l, None))
check('slice', slice_cycle)

def partial_cycle():
    l = []
    l.append(functools.partial(len, l, 1))
check('partial', partial_cycle, False)

def lru_cycle():
    @functools.lru_cache(maxsize=None)
    def f(x):
        return x
    f(f)
check('lru_cache', lru_cycle, False)

def deque_cycle():
    d = collections.deque()
    d.append([d])
check('deque', deque_cycle)

def defaultdict_cycle():
    d = collections.defaultdict()
    d.default_factory = d.__getitem__
check('defaultdict factory', defaultdict_cycle)

def weakref_callback():
    class A:
        pass
    a = A()
    l = []
    r = weakref.ref(a, l.append)
    l.append(r)
    keep.append(a)
keep = []
check('weakref callback', weakref_callback)
keep.clear()
gc.collect()

def exc_args():
    e = ValueError()
    e.args = (e,)
check('exception args', exc_args)

def exc_fields():
    e = StopIteration()
    e.value = e
    s = SystemExit()
    s.code = [s]
    n = NameError(name='x')
    n.name = n
    a = AttributeError()
    a.obj = a
check('exception fields', exc_fields)

def exc_traceback():
    try:
        raise ValueError
    except ValueError as e:
        err = e
check('exception traceback', exc_traceback)

def exc_notes():
    e = KeyError()
    e.add_note('n')
    e.__notes__.append(e)
check('exception notes', exc_notes)

def super_cycle():
    class A:
        pass
    a = A()
    a.s = super(A, a)
check('super', super_cycle)

def genexp_cycle():
    l = []
    g = (x for x in l)
    l.append(g)
check('generator expression', genexp_cycle)
