import _string
print(list(_string.formatter_parser('a{0}b{x.y[1]!r:>{w}}c{{}}d{}')))
print(list(_string.formatter_parser('}}x{{')), list(_string.formatter_parser('')))
it = _string.formatter_parser('{0}{1}')
print(type(it).__name__, next(it), iter(it) is it, list(it))
f, rest = _string.formatter_field_name_split('a.b[0].c')
print(f, type(rest).__name__, list(rest))
for s in ['0[x]', '', '[0]', 'a]', '12.real', 'x[ab]']:
    f, r = _string.formatter_field_name_split(s)
    print(repr(f), list(r))
for bad in ['{', '}', '{0!}', '{0!rr}', '{0:{1:{2}}}', 'a{0]}', 'x{0', '{0:', '{!', '{a{']:
    try:
        print(list(_string.formatter_parser(bad)))
    except ValueError as e:
        print('ValueError', e)
for bad in ['a..b', 'a[', 'a[]', 'a.', 'a[0]x']:
    try:
        f, r = _string.formatter_field_name_split(bad)
        print(repr(f), list(r))
    except ValueError as e:
        print('ValueError', e)
for bad in [1, None]:
    try:
        _string.formatter_parser(bad)
    except TypeError as e:
        print(e)
print(_string.__doc__, sorted(n for n in dir(_string) if not n.startswith('__')))
