# Helpers of the objgraph cases. Object ids and addresses differ between runs and
# interpreters: DOT text gets its node ids renamed n1, n2... in order of first appearance and
# addresses in reprs written 0xADDR, so that the graph's shape, labels and colours compare
# exactly. Counts of builtin types include the interpreter's own start-up objects, which
# differ: masked() hides a table's count column for the types the program did not define.
# Standard output is flushed before counting: CPython's buffered TextIOWrapper keeps pending
# writes in a list (pending_bytes), which would be counted.
import io
import re
import sys

_ID = re.compile(r'(?<![A-Za-z0-9])o_?\d+')
_ADDR = re.compile(r'0x[0-9a-f]+')


def renumber(dot):
    names = {}

    def name(m):
        return names.setdefault(m.group(0), 'n%d' % (len(names) + 1))
    return _ADDR.sub('0xADDR', _ID.sub(name, dot))


def refs(func, *args, **kw):
    """Print the renumbered DOT text that func (show_refs, show_backrefs, show_chain) writes."""
    buf = io.StringIO()
    func(*args, output=buf, **kw)
    print(renumber(buf.getvalue()), end='')


def names(objs):
    return [type(o).__name__ for o in objs]


_ROW = re.compile(r'^(\S+ *)( +)(\d+)( .*)$')


def masked(func, *args, own=(), **kw):
    """Print what func (show_growth, show_most_common_types) prints, with the count column of
    each type not named in `own` replaced by N's of the same width."""
    sys.stdout.flush()
    buf = io.StringIO()
    func(*args, file=buf, **kw)
    for line in buf.getvalue().splitlines():
        m = _ROW.match(line)
        if m and m.group(1).strip() not in own:
            line = m.group(1) + m.group(2) + 'N' * len(m.group(3)) + m.group(4)
        print(line)
