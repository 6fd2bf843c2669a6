x = 1 if a else 2 if b else 3
y = not a and b or c and not d
z = a < b <= c == d != e > f >= g is h is not i in j not in k
w = a | b ^ c & d << e >> f + g - h * i / j // k % l @ m ** -n ** ~o
v = +a, -b, ~c, not d
u = a[1:2, ::3, 4:, :5, ...][::]
t = a[1:2:3][b, c][*d][e:f, *g]
s = f(a)(b)[c].d.e(*f, **g)(h=1, *i, j=2, **k)
r = (x for x in range(10) if x % 2 if x > 3)
q = [y for x in a for y in x]
p = {k: v for k, v in items}
o = {x for x in s}
n = [(x := y) for y in z]
m = (yield)
l = lambda: (yield)
k = [*a, *b, c]
j = {**a, "b": 1, **c}
i = {1, 2, *s}
h = ()
g = (1,)
f = 1,
e = ...
d = None, True, False
c = 0xFF + 0o17 + 0b1010 + 1_000_000 + 1e10 + 1.5e-3 + 3j + 1.5J + 0.0 + 1. + .5 + 1E+5 + 00 + 0_0
b = 123456789012345678901234567890 + 0x_dead_beef + 1e400 + 1e-400
a = "\x41\101\u0041\U00000041\N{LATIN SMALL LETTER A}\n\t\\\'\"\a\b\f\v\0\
continued"
aa = b"\x00\xff\n" + rb"\d" + br'\w'
bb = '''triple
single''' + """triple
double"""
cc = a if b else (c if d else e)
dd = print(*args, sep="", **kwargs)
ee = f(x for x in y)
ff = f(a, b=1)(c)
gg = a.b.c.d
hh = (a
      + b
      - c)
ii = [
    1,
    2,
]
jj = a \
    + b
kk = x[a:=1] if False else None
ll = (await_ := 3)
mm = -1 ** 2
nn = a ** b ** c
oo = 'x' * 3 % 2
pp = [i for i in range(3)][1:][0]
qq = not not not x
rr = a if b else lambda: c
ss = (*a,)
tt = [*a]
