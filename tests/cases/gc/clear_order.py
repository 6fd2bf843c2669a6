# The order in which a collection breaks cycles: tp_clear runs on the unreachable objects in
# the order they were found (which follows the traverse hooks' visiting order), and types
# without a clear hook (tuples, bound methods) are left for the others to free. Leaves with a
# __del__ report when each object releases them.
import gc, types, functools
gc.collect()

class Leaf:
    def __init__(self, name):
        self.name = name
    def __del__(self):
        print('  free', self.name)

def run(label, make):
    print(label)
    make()
    print('  collected', gc.collect())

def lists():
    a = [Leaf('a0')]
    b = [Leaf('b0'), a, Leaf('b1')]
    a.append(b)
    a.append(Leaf('a2'))
run('two lists', lists)

def list_tuple():
    l = [Leaf('l0')]
    t = (Leaf('t0'), l, Leaf('t1'))
    l.append(t)
run('list and tuple', list_tuple)

def func_dict():
    def f():
        pass
    f.attr = Leaf('attr')
    f.__defaults__ = (Leaf('default'), f)
    f.__kwdefaults__ = {'k': Leaf('kwdefault')}
run('function', func_dict)

def closure():
    leaf = Leaf('cell')
    def inner():
        return inner, leaf
run('closure', closure)

def exception():
    try:
        raise ValueError(Leaf('arg'))
    except ValueError as e:
        e.note = Leaf('dict')
        e.__context__ = KeyError(Leaf('context'))
        frame_local = e
run('exception', exception)

def method():
    class A:
        def m(self):
            pass
    a = A()
    a.leaf = Leaf('instance')
    a.bound = (a.m, Leaf('tuple'))
run('bound method', method)

def sets():
    class H:
        pass
    h = H()
    h.leaf = Leaf('h')
    h.s = {h, 1}
run('set', sets)

def namespace():
    ns = types.SimpleNamespace(a=Leaf('a'))
    ns.me = ns
    ns.z = Leaf('z')
run('namespace', namespace)

def module():
    m = types.ModuleType('m')
    m.leaf = Leaf('m')
    m.me = m
run('module', module)
