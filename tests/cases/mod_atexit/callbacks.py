import atexit, sys
def f(*a, **k): print('f', a, k)
class G:
    def __repr__(self): return 'G()'
    def __call__(self): print('g'); raise ValueError('in g')
g = G()
class R:
    def __repr__(self): return 'R()'
    def __call__(self): raise KeyError('k')
atexit.register(f, 1, x=2)
atexit.register(g)
atexit.register(R())
atexit.register(f, 3)
print(atexit._ncallbacks())
atexit.unregister(f)
print(atexit._ncallbacks(), atexit.register(print, 'p') is print)
try: atexit.register()
except TypeError as e: print(e)
try: atexit.register(1)
except TypeError as e: print(e)
print(sorted(n for n in dir(atexit) if not n.startswith('__')), atexit.__doc__)
print('end')
def unreg_later():
    print('unreg_later runs, unregistering f2')
    atexit.unregister(f2)
def f2():
    print('f2 should not run')
atexit.register(f2)
atexit.register(unreg_later)
def run_twice():
    print('run_twice')
atexit.register(run_twice)
atexit._run_exitfuncs()
print('after _run_exitfuncs', atexit._ncallbacks())
atexit.register(lambda: print('last one'))
atexit.register(sys.stdout.write, 'written at exit\n')
