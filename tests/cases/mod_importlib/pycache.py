# Importing a module writes its bytecode to __pycache__ (unless sys.dont_write_bytecode), and
# the next import reads it.
import os, sys, shutil, importlib, marshal

d = os.path.abspath('_pyc_work')
shutil.rmtree(d, ignore_errors=True)
os.mkdir(d)
with open(os.path.join(d, 'pm.py'), 'w') as f:
    f.write('def g(x):\n    return x * 2\nVALUE = g(21)\n')
sys.path.insert(0, d)
import pm
print(pm.VALUE, sorted(os.listdir(d)), os.listdir(os.path.join(d, '__pycache__')))
with open(os.path.join(d, '__pycache__', 'pm.cpython-312.pyc'), 'rb') as f:
    data = f.read()
print(data[:4], data[4:8], len(data) > 16)
code = marshal.loads(data[16:])
ns = {}
exec(code, ns)
print(ns['VALUE'], code.co_filename == os.path.join(d, 'pm.py'))
del sys.modules['pm']
import pm
print(pm.VALUE)
sys.dont_write_bytecode = True
with open(os.path.join(d, 'other.py'), 'w') as f:
    f.write('Y = 1\n')
import other
print(other.Y, sorted(os.listdir(os.path.join(d, '__pycache__'))))
shutil.rmtree(d)
