# importlib's Python half (importlib._bootstrap and _bootstrap_external, frozen in CPython) over
# the interpreter's import system: finders, loaders, specs, import_module, reload.
import importlib, importlib.util, importlib.machinery, sys, os

print(sys.meta_path)
print(sys.path_hooks[-1].__name__, type(sys.path_importer_cache).__name__)
print(importlib._bootstrap.__name__, importlib._bootstrap_external.__name__)
print(sys.modules['_frozen_importlib'] is importlib._bootstrap)
m = importlib.import_module('_target')
print(m.f(), type(m.__spec__).__name__, type(m.__loader__).__name__, m.__spec__.origin == os.path.abspath('_target.py'))
p = importlib.import_module('pkgdir.sub')
print(p.VALUE, p.__package__, p.__spec__.parent)
r = importlib.import_module('.sub', 'pkgdir')
print(r is p)
spec = importlib.util.spec_from_file_location('alias', '_target.py')
print(spec.name, spec.origin.endswith('_target.py'), spec.has_location, spec.cached.endswith('_target.cpython-312.pyc'))
mod = importlib.util.module_from_spec(spec)
spec.loader.exec_module(mod)
print(mod.X, mod.__name__, mod.__file__.endswith('_target.py'))
m.X = 0
importlib.reload(m)
print(m.X)
print(importlib.util.find_spec('_target').name, importlib.util.find_spec('nonexistent_mod'))
print(importlib.util.find_spec('os.path').name, importlib.util.find_spec('sys').origin)
print(importlib.util.resolve_name('.sub', 'pkgdir'))
print(importlib.util.cache_from_source('/a/b.py'), importlib.util.source_from_cache('/a/__pycache__/b.cpython-312.pyc'))
print(importlib.machinery.SOURCE_SUFFIXES, importlib.machinery.BYTECODE_SUFFIXES)
print(importlib.util.MAGIC_NUMBER)
for bad in [('',), ('..x',), ('nonexistent_mod',), (5,)]:
    try:
        importlib.import_module(*bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    importlib.import_module('.x')
except Exception as e:
    print(type(e).__name__, e)
import _imp
print(_imp.is_builtin('sys'), _imp.is_builtin('posix'), _imp.is_builtin('nope'), _imp.is_frozen('_frozen_importlib'))
print(_imp.find_frozen('_frozen_importlib'), _imp.find_frozen('nope'))
print(_imp.source_hash(3531, b'abc'), _imp.lock_held(), _imp.check_hash_based_pycs)
print(_imp.extension_suffixes())
