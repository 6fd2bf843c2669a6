"""Every expression kind at module level."""
a = b = c = d = 1
x = a and b or not c
y = a + b - c * d / a // b % c ** d @ a
z = (a << 2) >> 1 | b & c ^ d
w = -a, +b, ~c, not d
lam = lambda p, q=2, *r, s, t=3, **u: p + q
cond = a if b else c
dct = {'k': a, 'l': b, **x, 3: c}
cdct = {'a': 1, 'b': 2, 'c': 3}
st = {a, b, *x}
cst = {1, 2, 3}
tup = (a, b, *x)
ctup = (1, 2.5, 'three', b'four', None, True, False, ..., 5j, -0.0)
lst = [a, b, *x]
clst = [1, 2, 3, 4]
cmp = a < b <= c == d != a > b >= c
idn = a is b, a is not c, a in x, a not in x
call = f(a, b, *x, k=1, **y)
mcall = obj.method(a, k=b)
attr = obj.attr.sub
sub = x[a], x[a:b], x[a:b:c], x[::2], x[a, b], x[a:b, c]
fs = f"{a}{b!r}{c!s}{d!a}{a:>10}{b:{c}.{d}}" f'plain {{braces}}'
walrus = (n := 10) + n
big = [a1, a2, a3, a4, a5, a6, a7, a8, a9, a10, a11, a12, a13, a14, a15, a16,
       a17, a18, a19, a20, a21, a22, a23, a24, a25, a26, a27, a28, a29, a30, a31, a32]
bigd = {'k1': a, 'k2': a, 'k3': a, 'k4': a, 'k5': a, 'k6': a, 'k7': a, 'k8': a,
        'k9': a, 'k10': a, 'k11': a, 'k12': a, 'k13': a, 'k14': a, 'k15': a, 'k16': a}
bigcall = g(a, b, c, d, a, b, c, d, a, b, c, d, a, b, c, d, k1=a, k2=b, k3=c, k4=d, k5=a, k6=b, k7=c, k8=d)
folded = 2 ** 10, 'ab' * 3, (1, 2) + (3,), 1 + 2j, -(3), not True
inlist = a in [1, 2, 3], a in {1, 2, 3}, a not in (x, y)
chain = a.b.c.d(e)(f)[g]
neg = -1, -1.5, - (2 ** 3)
slc = x[1:2], x[:], x[1:], x[:-1]
strs = 'a' 'b', b'x' b'y', r'\d', '\u00e9\U0001f600'
del x[a], obj.attr, a
print(a, b, sep='')
