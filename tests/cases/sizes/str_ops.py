# Sizes of strs made by concatenation, slicing, join, repetition and str methods: each
# result takes the narrowest kind its characters need.
import sys

a = 'hello'
e = 'caf\xe9'
u = 'x\u20ac'
w = 'y\U0001f600'
print(sys.getsizeof(a + a), sys.getsizeof(a + e), sys.getsizeof(e + u), sys.getsizeof(a + w))
print(sys.getsizeof((e + u)[:4]), sys.getsizeof((a + w)[:5]), sys.getsizeof(w[1:]), sys.getsizeof(u[1]))
print(sys.getsizeof(e[:3]), sys.getsizeof(e[3]), sys.getsizeof(a[1:3]), sys.getsizeof(a[::2]))
print(sys.getsizeof('-'.join([a, e])), sys.getsizeof(''.join([a, a, a])), sys.getsizeof(','.join(['x'] * 50)))
print(sys.getsizeof(a * 10), sys.getsizeof(e * 10), sys.getsizeof(u * 10), sys.getsizeof(w * 10))
print(sys.getsizeof(a.upper()), sys.getsizeof(e.upper()), sys.getsizeof(u.upper()), sys.getsizeof(e.lower()))
print(sys.getsizeof(a.replace('l', 'L')), sys.getsizeof(e.replace('\xe9', 'e')), sys.getsizeof(u.replace('\u20ac', '')))
print(sys.getsizeof(' x '.strip()), sys.getsizeof((' ' + e + ' ').strip()), sys.getsizeof(a.center(20)))
print([sys.getsizeof(p) for p in 'a b\xe9 c\u20ac d'.split()])
print(sys.getsizeof(a.title()), sys.getsizeof(e.swapcase()), sys.getsizeof(a.zfill(12)), sys.getsizeof(e.ljust(10)))
print(sys.getsizeof(f'{a}{e}'), sys.getsizeof('%s-%s' % (a, u)), sys.getsizeof('{}{}'.format(a, w)))
print(sys.getsizeof(str(a)), sys.getsizeof(a.casefold()), sys.getsizeof('\xdf'.upper()), sys.getsizeof(a.encode().decode()))
s = ''
for i in range(20):
    s += 'ab'
print(sys.getsizeof(s))
s = ''
for i in range(5):
    s += '\xe9'
print(sys.getsizeof(s))
