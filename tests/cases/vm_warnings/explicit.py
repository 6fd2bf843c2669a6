# warn_explicit and the argument errors of the _warnings functions.
import _warnings

reg = {}
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12)
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, registry=reg)
_warnings.warn_explicit("explicit", UserWarning, "somefile.py", 12, registry=reg)
print(reg)
_warnings.warn_explicit("module None is ignored", UserWarning, "f.py", 1, None)
_warnings.warn_explicit("with module", UserWarning, "f.py", 1, "mymod")
_warnings.warn_explicit("deprecated here", DeprecationWarning, "f.py", 1, "__main__")
_warnings.warn_explicit("deprecated elsewhere", DeprecationWarning, "f.py", 1, "other")
_warnings.warn_explicit("deprecated: module from file name", DeprecationWarning, "__main__.py", 1)
_warnings.warn_explicit("empty file name", UserWarning, "", 3)
THIS_FILE = (lambda: 0).__code__.co_filename
_warnings.warn_explicit("this file", UserWarning, THIS_FILE, 4)
_warnings.warn_explicit(RuntimeWarning("an instance"), UserWarning, "f.py", 7)
_warnings.warn_explicit("with source", UserWarning, "f.py", 8, source=None)
_warnings.warn_explicit("with globals", UserWarning, "f.py", 9, module_globals={})

tests = [
    "_warnings.warn()",
    "_warnings.warn('a', UserWarning, 1, None, 5)",
    "_warnings.warn('a', foo=1)",
    "_warnings.warn('a', stacklevel='x')",
    "_warnings.warn('a', stacklevel=2**70)",
    "_warnings.warn('a', skip_file_prefixes=['x'])",
    "_warnings.warn('a', UserWarning, message='b')",
    "_warnings.warn_explicit('a', UserWarning, 'f.py')",
    "_warnings.warn_explicit('a', UserWarning, 5, 1)",
    "_warnings.warn_explicit('a', UserWarning, 'f.py', 'x')",
    "_warnings.warn_explicit('a', UserWarning, 'f.py', 1, registry=5)",
    "_warnings.warn_explicit('a', UserWarning, 'f.py', 1, module_globals=5)",
    "_warnings.warn_explicit('a', 5, 'f.py', 1)",
    "_warnings._filters_mutated(1)",
]
for t in tests:
    try:
        eval(t)
        print('ok', t)
    except Exception as e:
        print(type(e).__name__, e)

_warnings.filters.insert(0, 5)
try:
    _warnings.warn('q')
except Exception as e:
    print(type(e).__name__, e)
_warnings.filters[0] = (1, 2, 3, 4, 5)
try:
    _warnings.warn('q')
except Exception as e:
    print(type(e).__name__, e)
_warnings.filters[0] = ('bogus', None, Warning, None, 0)
try:
    _warnings.warn('q')
except Exception as e:
    print(type(e).__name__, e)
del _warnings.filters[0]


def helper():
    _warnings.warn("not skipped", skip_file_prefixes=(THIS_FILE,))
    _warnings.warn("skipped", skip_file_prefixes=(THIS_FILE[:-1],))
    _warnings.warn("other prefix", stacklevel=0, skip_file_prefixes=("/nonexistent", "x"))


helper()
_warnings.filters.insert(0, ('error', None, Warning, None, 0))
helper()
