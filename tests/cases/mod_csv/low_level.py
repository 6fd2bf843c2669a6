# _csv directly: Dialect settings and their errors, the reader's state machine, the writer's
# quoting, the registry and the field size limit, with CPython's messages.
import _csv, io

D = _csv.Dialect
def t(f):
    try:
        r = f()
        print('ok', repr(r) if not isinstance(r, D) else 'Dialect')
    except Exception as e:
        print(type(e).__name__, e)

for kw in [dict(delimiter='ab'), dict(delimiter=''), dict(delimiter=None), dict(delimiter=1), dict(quotechar=None),
           dict(quotechar=None, quoting=0), dict(quotechar=''), dict(quotechar=1), dict(escapechar=''), dict(escapechar=1),
           dict(escapechar='ab'), dict(lineterminator=None), dict(lineterminator=1), dict(quoting=10), dict(quoting='1'),
           dict(quoting=1.0), dict(quoting=2**40), dict(quoting=True), dict(delimiter='\n'), dict(delimiter=' ', skipinitialspace=True),
           dict(delimiter='a', escapechar='a'), dict(foo=1), dict(strict=[]), dict(doublequote=0)]:
    t(lambda: D(**kw))
t(lambda: D('nope'))
t(lambda: D(1, 2))
t(lambda: D(None, ';', 0, '\\', '\n', "'", 1, 1, 1, 1))
t(lambda: D(',', delimiter=';'))
t(lambda: D(quotechar=None).quoting)
t(lambda: [(a, getattr(D(), a)) for a in ('delimiter', 'doublequote', 'escapechar', 'lineterminator', 'quotechar', 'quoting', 'skipinitialspace', 'strict')])
t(lambda: D().__reduce__())
t(lambda: D().__reduce_ex__(2))
t(lambda: setattr(D(), 'delimiter', 'x'))
t(lambda: setattr(D(), 'strict', 1))
t(lambda: type(_csv.reader([])))
t(lambda: _csv.reader())
t(lambda: _csv.reader(1))
t(lambda: _csv.reader([], 'x', 'y'))
t(lambda: _csv.writer(1))
t(lambda: _csv.writer(object()))
t(lambda: _csv.writer())
t(lambda: type(_csv.reader([]))())
class Q:
    delimiter = ';'
    quotechar = "'"
t(lambda: D(Q).delimiter)
t(lambda: D(Q()).quotechar)
t(lambda: D(D(), delimiter=':').delimiter)
d = D()
t(lambda: D(d) is d)

def r(lines, **kw):
    t(lambda: list(_csv.reader(lines, **kw)))
r([b'a,b'])
r(['a,"b'], strict=True)
r(['a,"b'])
r(['"a"b,c'], strict=True)
r(['"a"b,c'])
r(['a\rb'])
r(['a,b\r\n', 'c,d\n', '\n', '', 'e'])
r(['1,"a",,2.5'], quoting=_csv.QUOTE_NONNUMERIC)
r(['1,"a",,x'], quoting=_csv.QUOTE_NONNUMERIC)
r(['1,"a",,2'], quoting=_csv.QUOTE_STRINGS)
r(['1,"a",,2'], quoting=_csv.QUOTE_NOTNULL)
r(['a\\,b,c\\', 'd'], escapechar='\\')
r(['a\\\r\n', 'b'], escapechar='\\')
r(['\\1,2'], escapechar='\\', quoting=_csv.QUOTE_NONNUMERIC)
r(['"a\\"b",c'], escapechar='\\', doublequote=False)
r(['"a\\', 'b",c'], escapechar='\\')
r(['a,  b,   "c"'], skipinitialspace=True)
r(['"multi', 'line"', 'x'])
r(['a,"b""c",d'])
r(['a"b,c'])
r(['"a",b', '"c"'], quoting=_csv.QUOTE_NONE)
r(["x;'y;z'"], dialect=Q)
r(['\u00e9\u4e00,\U0001f600'])
r(['a\x00b'])
r(['a,b', 1])
rd = _csv.reader(['a', 'b,c', '"d', 'e"'])
print(rd.line_num, next(rd), rd.line_num, next(rd), rd.line_num, next(rd), rd.line_num, rd.dialect.delimiter)

def w(rows, **kw):
    s = io.StringIO()
    wr = _csv.writer(s, **kw)
    for row in rows:
        wr.writerow(row)
    return s.getvalue()
row = ['a', 'b,c', 'd"e', 'f\ng', None, 1, 2.5, '', True, 3j]
for q in range(6):
    t(lambda: w([row], quoting=q, escapechar='\\'))
t(lambda: w([['a', 'b,c']], quoting=_csv.QUOTE_NONE))
t(lambda: w([['a"b', 'c\\d']], escapechar='\\', doublequote=False))
t(lambda: w([['a"b']], doublequote=False))
t(lambda: w([[''], [None], [], ['', ''], [None, None]]))
t(lambda: w([['']], quoting=_csv.QUOTE_NONE))
t(lambda: w([[None]], quoting=_csv.QUOTE_NOTNULL))
t(lambda: w([['', 'a']], delimiter=' ', skipinitialspace=True))
t(lambda: w([1]))
t(lambda: w([['a;b', 'c\rd']], lineterminator=';'))
t(lambda: w([['a b', ' c']], delimiter=' '))
t(lambda: w(['abc', ('x', 'y'), iter([1, 2])]))
t(lambda: w([[object.__new__(type('X', (), {'__str__': lambda self: 'x,y'}))]]))
class Bad:
    def __str__(self):
        raise RuntimeError('no str')
t(lambda: w([[Bad()]]))
t(lambda: _csv.writer(io.StringIO()).writerow([1, 2]))
t(lambda: _csv.writer(io.StringIO()).writerows(1))
t(lambda: _csv.writer(io.StringIO()).writerows([[1], 2]))
t(lambda: _csv.writer(io.StringIO()).writerows([[1], [2]]))
out = []
class L:
    write = out.append
wr = _csv.writer(L(), lineterminator='|')
wr.writerows([[1, 2], ['x']])
print(out, wr.dialect.lineterminator)

t(lambda: _csv.field_size_limit())
t(lambda: _csv.field_size_limit(10))
r(['a' * 11])
r(['"' + 'a' * 11])
r(['a' * 10])
t(lambda: _csv.field_size_limit('x'))
t(lambda: _csv.field_size_limit(1, 2))
t(lambda: _csv.field_size_limit(new_limit=131072))
t(lambda: _csv.field_size_limit(2**70))
t(lambda: _csv.register_dialect(1))
t(lambda: _csv.register_dialect())
t(lambda: _csv.register_dialect('d1', delimiter=';'))
t(lambda: _csv.register_dialect('d2', Q, quoting=_csv.QUOTE_ALL))
t(lambda: (_csv.get_dialect('d1').delimiter, _csv.get_dialect('d2').quotechar, _csv.get_dialect('d2').quoting))
t(lambda: sorted(_csv.list_dialects()))
t(lambda: _csv.list_dialects(1))
t(lambda: _csv.unregister_dialect('d1'))
t(lambda: _csv.unregister_dialect('d1'))
t(lambda: _csv.unregister_dialect())
t(lambda: _csv.get_dialect('d1'))
t(lambda: _csv.get_dialect(1))
t(lambda: _csv.get_dialect([]))
t(lambda: list(_csv.reader(['a;b'], 'd2')))
t(lambda: _csv.unregister_dialect(name='d2'))
t(lambda: _csv.__version__)
t(lambda: _csv.Error.__mro__)
t(lambda: (_csv.Error.__module__, _csv.Error.__name__, _csv.Error.__qualname__))
t(lambda: sorted(n for n in dir(_csv) if not n.startswith('__')))
t(lambda: (_csv.Reader.__name__, _csv.Writer.__name__, _csv.Dialect.__name__, _csv.Dialect.__module__, _csv.Reader.__module__))
t(lambda: _csv.Dialect.__doc__)
t(lambda: _csv.Reader.__doc__)
t(lambda: _csv.Writer.__doc__)
t(lambda: _csv.__doc__[:200])
class SubD(D):
    pass
t(lambda: (type(SubD(delimiter=';')).__name__, SubD(delimiter=';').delimiter))
t(lambda: SubD().__reduce__())
