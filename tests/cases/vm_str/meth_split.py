s = 'Hello, World'
print(s.split(), s.split(','), s.split('o', 1), s.rsplit('o', 1), '  a  b  '.split(), '  a  b  '.rsplit(None, 1), ''.split(), ''.split(','))
print('a,b,,c,'.split(','), 'a,b,,c,'.rsplit(',', 2), 'aaa'.split('aa'), 'aaa'.rsplit('aa'), 'a b c'.split(maxsplit=1), 'a b c'.rsplit(sep=' ', maxsplit=1))
print('a\x1cb\x85c\u2028d\xa0e'.split(), 'x y'.split(None), 'a b'.split(' ', -1), 'a b'.split(' ', 0))
print('a\nb\r\nc\rd'.splitlines(), 'a\nb\n'.splitlines(True), ''.splitlines(), '\n'.splitlines(), 'a\x0bb\x0cc\x1dd\u2029e'.splitlines(), 'x\r\n'.splitlines(keepends=True))
