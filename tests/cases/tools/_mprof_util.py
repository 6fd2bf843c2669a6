# Helpers of the mprof_* cases. Reports of memory_profiler under the default backend hold the
# process's memory (Mem usage, and the first row's Increment, which is the whole process): those
# cells depend on the interpreter and machine, so they are masked; the other Increment cells
# (big allocations, frees) are compared as printed.
import re
import sys

_ROW = re.compile(r'^ *\d+ ')


def mask_report(text):
    out = []
    first = True
    for line in text.splitlines(keepends=True):
        if line.startswith('Filename:'):
            first = True
        if _ROW.match(line) and line[7:19].strip():
            line = line[:7] + '{mem}'.rjust(12) + line[19:]
            if first:
                line = line[:20] + '{process}'.rjust(12) + line[32:]
                first = False
        out.append(line)
    return ''.join(out)


_NUM = re.compile(r'\d+\.\d+')


def mask_numbers(text):
    return _NUM.sub('{n}', text)


class MaskedStdout:
    """sys.stdout for a program run by `-m memory_profiler`: its end-of-run report comes out masked."""

    def __init__(self, stream, mask=mask_report):
        self.stream = stream
        self.mask = mask
        self.buf = []

    def write(self, s):
        self.buf.append(s)
        return len(s)

    def flush(self):
        pass

    def close(self):
        pass

    def __del__(self):
        self.stream.write(self.mask(''.join(self.buf)))
        self.stream.flush()


def mask_stdout_at_exit(mask=mask_report):
    import atexit
    m = MaskedStdout(sys.stdout, mask)
    sys.stdout = m
    atexit.register(lambda: (m.stream.write(m.mask(''.join(m.buf))), m.stream.flush(), m.buf.clear()))
