# Long string constants: interning follows the characters, not the length; folding stops at 4096 characters.
import sys
a = 'a' * 4096
b = 'a' * 4096
print(a is b, a is sys.intern('a' * 4095 + 'a'))
c = 'a' * 4097
d = 'a' * 4097
print(c is d, c == d, sys.intern(c) is c)
e = 'x' * 20
print(e is 'xxxxxxxxxxxxxxxxxxxx', e is sys.intern('x' * 19 + 'x'))
f = 'ab cd' * 10
print(f is 'ab cd' * 10, f is sys.intern(f[:]))
long_name = 'n' * 300 + '_ident'
print(long_name is sys.intern('n' * 300 + '_' + 'ident'))
literal = 'a_long_identifier_like_string_constant_that_goes_on_and_on_and_on_and_on_and_on_and_on'
print(literal is sys.intern('a_long_identifier_like_string_constant' + '_that_goes_on_and_on_and_on_and_on_and_on_and_on'))
sp = 'spaces inside a string constant'
print(sp is sys.intern('spaces inside' + ' a string constant'))
uni = 'ñame'
print(uni is sys.intern('ñ' + 'ame'), uni.isidentifier())
digits = '0123456789'
print(digits is sys.intern('01234' + '56789'))
g = b'b' * 4096
h = b'b' * 4096
print(g is h, b'b' * 4097 is b'b' * 4097)
t = ('t',) * 256
u = ('t',) * 256
print(t is u, ('t',) * 257 is ('t',) * 257)
n1 = 2 ** 128
print(n1 is 2 ** 128, 2 ** 129 is 2 ** 129, 1 << 128 is 1 << 128)
m = 'ab' + 'cd' * 3000
print(m is 'ab' + 'cd' * 3000)
