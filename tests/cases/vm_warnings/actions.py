# The _warnings module: filters, actions, registries, categories.
import _warnings
import sys

print(_warnings.filters)
print(_warnings._defaultaction, _warnings._onceregistry)
print(sorted(k for k in dir(_warnings) if not k.startswith('__')))
print('_warnings' in sys.builtin_module_names, sys.warnoptions)


def warn_here(msg, cat=UserWarning, level=1):
    _warnings.warn(msg, cat, level + 1)


class MyWarning(UserWarning):
    pass


# default: once per (text, category, line) in the module's registry
for i in range(3):
    _warnings.warn("default action")
print(__warningregistry__)

# a Warning instance gives its own category
_warnings.warn(MyWarning("an instance"))
_warnings.warn(MyWarning("an instance", 2), DeprecationWarning)

# stacklevel: the caller's line
warn_here("from a helper")
warn_here("two up", UserWarning, 2)
warn_here("far up", UserWarning, 50)


# filters: always / ignore / once / module / error
def run_with(filter_item, msg, times=2, cat=UserWarning):
    _warnings.filters.insert(0, filter_item)
    _warnings._filters_mutated()
    try:
        for i in range(times):
            _warnings.warn(msg, cat)
    except Warning as e:
        print("raised", type(e).__name__, e, e.args)
    finally:
        del _warnings.filters[0]
        _warnings._filters_mutated()


run_with(('always', None, UserWarning, None, 0), "always shown")
run_with(('ignore', None, Warning, None, 0), "never shown")
run_with(('error', None, UserWarning, None, 0), "an error")
run_with(('error', None, RuntimeWarning, None, 0), "not this category")
run_with(('once', None, Warning, None, 0), "once only", 3)
run_with(('once', None, Warning, None, 0), "once only", 3)
run_with(('module', None, Warning, None, 0), "per module", 3)
run_with(('error', 'match me', Warning, None, 0), "match me")
run_with(('error', 'match', Warning, None, 0), "match me")
run_with(('error', None, Warning, '__main__', 0), "by module")
run_with(('error', None, Warning, None, 45), "by line")
run_with(('error', None, Warning, None, 44), "other line")
print(_warnings._onceregistry)

# the registry is reset when the filters change
print(__warningregistry__['version'])
_warnings._filters_mutated()
_warnings.warn("after mutation")
print(__warningregistry__['version'], len(__warningregistry__))

# the default action
_warnings.filters.clear()
_warnings.warn("default action with no filters", DeprecationWarning)
_warnings.warn("default action with no filters", DeprecationWarning)

# categories
try:
    _warnings.warn("x", DeprecationWarning.__mro__[3])
except TypeError as e:
    print(e)
for cat in (int, 5, "x", Exception, BaseException):
    try:
        _warnings.warn("x", cat)
    except TypeError as e:
        print(e)
_warnings.warn("None category", None)
_warnings.warn(12345)
print("done")
