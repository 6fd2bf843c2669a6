# Compile-time interning: identifier-like string constants are interned, others are not (shared only within one code object).
import sys
a = 'hello'
print(a is 'hello', a is sys.intern('hel' + a[3:]), a is ''.join(['hel', 'lo']))
b = 'hello world'
print(b is 'hello world', b is sys.intern('hello' + ' world'))
c = 'foo_bar_123'
print(c is sys.intern('foo_bar' + '_123'))
d = 'a-b'
print(d is sys.intern('a' + '-b'))
e = 'é_name'
print(e is sys.intern('é' + '_name'))
f = '_'
print(f is sys.intern('_'), f is '_')
g = '123'
print(g is sys.intern('12' + g[2]))
h = 'CamelCase'
print(h is sys.intern('Camel' + 'Case'[:]), h is sys.intern(str(h)))
i = 'with space'
print(i is sys.intern(i), sys.intern(i) is i)
j = 'tab\there'
print(j is sys.intern('tab\t' + 'here'))
k = 'ünïcode'
print(k is sys.intern('ünï' + 'code'))
l = 'dots.in.name'
print(l is sys.intern('dots.in' + '.name'))
exec("m = 'hello'\nprint(m is a)")
exec("m = 'hello world'\nprint(m is b)")
exec("m = 'foo_bar_123'\nprint(m is c)")
exec("m = 'a-b'\nprint(m is d)")
print(eval("'hello'") is a, eval("'hello world'") is b, eval("'_'") is f)
