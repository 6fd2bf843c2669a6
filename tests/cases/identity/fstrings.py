# f-strings: the constant parts are constants, the results are built at run time.
import sys
name = 'world'
a = f'hello'
print(a is 'hello', f'{name}' is name, f'{name!s}' is name, f'{name:}' is name, f'{name:5}' is name, f'{name:6}' is name)
b = f'hello {name}'
c = f'hello {name}'
print(b is c, b == c, sys.intern(b) is b, b is 'hello world')
n = 5
print(f'{n}' == '5', f'{n}' is f'{n}', f'{n:d}' is '5', f'{"x"}' is 'x', f'{"xy"}' is 'xy')
e = ''
print(f'' is e, f'{e}' is e, f'{e}{e}' is e, f'{e!r}' == "''")
w = 'one two'
print(f'{w}' is w, f'{w}{e}' is w, f'{e}{w}' is w, f'{w!s:}' is w)
t = (1, 2)
print(f'{t}' == '(1, 2)', f'{t!r}' is f'{t!r}')
class X:
    def __format__(self, spec):
        return g
    def __str__(self):
        return g
g = 'from format'
x = X()
print(f'{x}' is g, f'{x!s}' is g, f'{x:spec}' is g, f'{x}{e}' is g, f'a{x}' is g)
print(f'{"ab" "cd"}' is 'abcd', f'{"abcd"[1:3]}' == 'bc')
def fmt():
    return f'const part'
print(fmt() is 'const part', fmt() is fmt())
