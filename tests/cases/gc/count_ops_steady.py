# Generation-0 count deltas of single operations, run four times each (the first run may fill a
# free list emptied by a full collection): exceptions raised and caught, class statements, instance dict copies, dir(),
# failed attribute lookups, context managers, generators, comprehensions, containers built by
# their types.
import gc, contextlib
class A:
    def m(self): return 1
class CM:
    def __enter__(self): return self
    def __exit__(self, *a): return None
@contextlib.contextmanager
def cm2():
    yield
def gen3():
    yield 1; yield 2; yield 3
o = A(); o.x = 1
cm = CM()
L = [1, 2, 3]
D = {1: 2, 3: 4}
def op_raise():
    try:
        raise ValueError
    except ValueError:
        pass
def op_raise_arg():
    try:
        raise ValueError('x')
    except ValueError as e:
        pass
def op_keyerror():
    try:
        D['nokey']
    except KeyError:
        pass
def op_chain():
    try:
        try:
            raise KeyError
        except KeyError:
            raise ValueError
    except ValueError:
        pass
def op_class():
    class K: pass
def op_class2():
    class K(A, CM): pass
def op_dict_copy(): o.__dict__.copy()
def op_dir(): dir(o)
def op_hasattr(): hasattr(o, 'zz')
def op_getattr_default(): getattr(o, 'zz', None)
def op_with(): 
    with cm: pass
def op_with_gen():
    with cm2(): pass
def op_gen_list(): list(gen3())
def op_gen_send():
    g = gen3(); next(g); g.send(None)
def op_listcomp(): [i for i in range(3)]
def op_list_of_dict(): list(D.items())
def op_zip(): list(zip(L, L))
def op_enumerate(): list(enumerate(L))
def op_dict_kw(): dict(a=1)
def op_lambda(): (lambda: 0)()
def op_closure():
    v = 1
    def inner(): return v
    return inner()
def op_super():
    class P:
        def m(self): return 1
    class Q(P):
        def m(self): return super().m()
    return Q().m()
gc.disable()
def M(): return gc.get_count()[0]
ops = [(name, fn) for name, fn in globals().items() if name[:3] == 'op_']
for name, fn in ops:
    if True:
        # Each operation starts with empty free lists.
        gc.collect()
        M(); M()
        r = []
        for k in range(4):
            a = M()
            fn()
            b = M()
            r.append(b - a)
        # (The first runs of these three differ still: not compared.)
        print(name[3:], r[1:] if name in ('op_dir', 'op_class2', 'op_super') else r)
gc.enable()
