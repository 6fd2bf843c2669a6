# Nested functions and comprehensions share the table of the decorated function; the
# decorator line is the first row (co_firstlineno), blank lines and comments stay empty.
import io
from memory_profiler import profile
from _mprof_util import mask_report

out = io.StringIO()


@profile(stream=out)
def outer(n):
    # a helper defined inside
    def inner(k):
        return [0] * k

    big = inner(n)

    squares = [x * x for x in range(10)]
    return len(big) + sum(squares)


print(outer(2 * 10 ** 6))
print(mask_report(out.getvalue()), end='')
