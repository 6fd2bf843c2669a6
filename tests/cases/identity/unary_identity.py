# Unary +, abs() and conversions that return their argument itself for exact builtin numbers.
f = 1.5
print(+f is f, abs(f) is f, -(-f) is f, float(f) is f, f.__pos__() is f)
g = -2.5
print(abs(g) is g, +g is g)
i = 5000
print(+i is i, abs(i) is i, -(-i) is i, int(i) is i, i.__index__() is i, i.__int__() is i, i.__pos__() is i)
j = -5000
print(abs(j) is j, +j is j, j.__trunc__() is j, j.__floor__() is j, j.__ceil__() is j, round(j) is j)
c = 1 + 2j
print(+c is c, complex(c) is c, -(-c) is c, c.conjugate() is c)
class F(float): pass
class I(int): pass
class C(complex): pass
ff = F(1.5); ii = I(3000); cc = C(1, 2)
print(type(+ff).__name__, +ff is ff, type(abs(ff)).__name__)
print(type(+ii).__name__, +ii is ii, type(int(ii)).__name__, int(ii) is ii)
print(type(+cc).__name__, +cc is cc)
b = True
print(+b is 1, abs(b) is 1, int(b) is 1, type(+b).__name__)
import operator
print(operator.pos(f) is f, operator.pos(i) is i, operator.index(i) is i, operator.abs(f) is f)
print(float(ff) is ff, type(float(ff)).__name__)
s = 'text'
print(str(s) is s, s.__str__() is s, format(s) is s, '%s' % s is s, f'{s}' is s)
t = (1, 2)
print(tuple(t) is t, t[:] is t, t * 1 is t, t + () is t, () + t is t)
by = b'data'
print(bytes(by) is by, by[:] is by, by * 1 is by, by + b'' is by)
fs = frozenset({1, 2})
print(frozenset(fs) is fs, fs.copy() is fs, fs | frozenset() is fs)
