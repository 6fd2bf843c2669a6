import tracemalloc
import warnings

warnings.simplefilter("always")

class Resource:
    pass

def acquire():
    return Resource()

warnings.warn("no tracing", ResourceWarning, source=acquire())
tracemalloc.start(5)
r = acquire()
warnings.warn("traced", ResourceWarning, source=r)
warnings.warn("untraced", ResourceWarning, source=None)
tracemalloc.stop()
warnings.warn("stopped", ResourceWarning, source=r)
