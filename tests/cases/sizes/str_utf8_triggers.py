# What fills a non-ASCII str's UTF-8 cache in CPython (and so grows its size): compiling it as
# source, naming a class with it (type_new), looking it up as a frozen module; and
# what does not: encode(), hashing, attribute access, formatting.
import sys

g = sys.getsizeof


def mk(ch='\xe9'):
    return ''.join([ch, 'b', 'c'])


s = mk()
compile('1', s, 'eval')
print('compile filename', g(s))
src = mk() + '=1'
compile(src, 'f', 'exec')
print('compile source', g(src))
src = mk() + '=1'
exec(src, {})
print('exec source', g(src))
src = '"' + mk() + '"'
eval(src)
print('eval source', g(src))
src = 'x = "' + mk('\u20ac') + '"'
exec(src, {})
print('exec ucs2 source', g(src))
n = mk()
T = type(n, (), {})
print('type name', g(n), g(T.__name__), g(T.__qualname__))


class Café:
    pass


print('class statement', g(Café.__name__), g(Café.__qualname__))


def café():
    pass


print('def', g(café.__name__), g(café.__qualname__), g(café.__code__.co_name))
é = 1
print('global names', sorted(g(k) for k in globals() if not k.isascii()))
print('literals', g('\xe9bc'), g('h\xe9llo'))
for what, fn in [('encode', lambda x: x.encode()), ('hash', hash), ('getattr', lambda x: getattr(T, x, None)),
                 ('format', lambda x: f'{x}'), ('isidentifier', str.isidentifier), ('upper', str.upper)]:
    x = mk()
    fn(x)
    print(what, g(x))
import _imp
m = mk()
_imp.find_frozen(m)
print('find_frozen', g(m))
m = mk()
_imp.is_builtin(m)
print('is_builtin', g(m))
