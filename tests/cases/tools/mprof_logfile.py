# LogFile: the report through logging at INFO, all of it or (reportIncrementFlag) only the
# Filename and header lines and the rows with a positive increment.
import logging
import sys
import memory_profiler
from memory_profiler import LogFile, profile

logging.basicConfig(stream=sys.stdout, level=logging.INFO, format='%(levelname)s %(name)s|%(message)s')
readings = iter([1.0, 3.0, 3.0, 2.0, 2.0] * 4)
memory_profiler._get_memory = lambda *a, **k: next(readings)


@profile(stream=LogFile('mp'))
def a():
    x = 1
    y = 2
    return x + y


@profile(stream=LogFile('mp.inc', reportIncrementFlag=True), precision=2)
def b():
    x = 1
    y = 2
    return x + y


print(a(), b())
lf = LogFile()
print(lf.logger.name, lf.reportIncrementFlag)
lf.flush()
