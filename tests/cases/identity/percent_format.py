# str % args returns an existing str when its only write is a whole str: the format itself, or a lone %s argument.
s = 'text'
t = 'abc'
print('%s' % s is s, '%5s' % s is s, '%.4s' % s is s, '%4s' % s is s, '%-4s' % s is s, '%.9s' % s is s)
print('%(k)s' % {'k': s} is s, 'x%s' % s is s, '%s!' % s is s, '%s%s' % (s, '') is s, '%s%s' % ('', s) is s)
print('%r' % s is s, '%a' % s is s, '%+s' % s is s, '% s' % s is s, '%s' % (s,) is s)
print(t % () is t, t % {} is t, '%%' % () == '%', ('%%' % ()) is '%')
class S(str): pass
u = S('xx')
print('%s' % u is u, type('%s' % u).__name__)
n = 5000
print('%s' % n == '5000', '%d' % n == '5000')
w = 'hello world'
print('%s' % w is w, '%s' % [w] == "['hello world']")
print(s.format() is s, '{}'.format(s) is s, '{0}'.format(s) is s, '{:4}'.format(s) is s, format(s, '') is s, format(s, '4') is s)
print(f'{s}' is s, f'{s:}' is s, f'{s!s}' is s, f'{s:4}' is s, f'{s!r}' is s, f'{s}{""}' is s)
print(t.format() is t, '{}{}'.format('', s) is s, '{}{}'.format(s, '') is s, '{!s}'.format(s) is s, '{0:}'.format(s) is s, '{:<4}'.format(s) is s, '{:.9}'.format(s) is s, '{:5}'.format(s) is s)
print('a{{b'.format(), '{k}'.format(k=s) is s, '{0[0]}'.format([s]) is s, '{:s}'.format(s) is s, t.format_map({}) is t, 'a{}'.format(s) is s)
print(type(S('ab').format()).__name__, type(S('ab') % ()).__name__, type('{}'.format(S('x'))).__name__, '{}'.format(u) is u, '{!s}'.format(u) is u)
g = 'glob al'
class X:
    def __str__(self): return g
    def __repr__(self): return g
    def __format__(self, spec): return g
x = X()
print('%s' % x is g, '%r' % x is g, '%a' % x is g, ascii(x) is g, repr(x) is g, str(x) is g, '{!r}'.format(x) is g, '{!a}'.format(x) is g)
print(f'{x!r}' is g, f'{x!a}' is g, f'{x!s}' is g, f'{x}' is g, '{}'.format(x) is g, '{:x}'.format(x) is g, format(x) is g, 'a{}'.format(x) is g)
e = 'é'
print(ascii(e) == "'\\xe9'", ascii('plain') == "'plain'")
