# While a script runs, the runner holds a reference to the __main__ module (not to its dict),
# and the function made for the module's code is held both by the runner and by the frame
# (CPython: _PyRun_SimpleFileObject, PyEval_EvalCode).
import gc
import sys

m = sys.modules['__main__']
print(sys.getrefcount(m))
print(sys.getrefcount(globals()))
funcs = [o for o in gc.get_referrers(globals()) if type(o).__name__ == 'function' and o.__name__ == '<module>']
print(len(funcs), sys.getrefcount(funcs[0]))
del m, funcs
print(sys.getrefcount(sys.modules['__main__']))
