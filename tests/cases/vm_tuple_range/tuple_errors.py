# tuples in unpacking, subscripts and errors that end the program
t = (1, 'two', 3.0, None, (5,))
a, b, *rest = t
print(a, b, rest, t[1:3], t[::-2], t[-1][0], t[10:], t[:-10], len(t), t + (6,), (0,) + t)
print(t.index(None), t.count(3), 3 in t, 3.0 in t, 'x' not in t, t[True], t[-5])
print(max((3, 1, 2)), sorted((3, 1, 2), reverse=True), tuple(sorted('cba')), tuple(reversed(t))[:2])
x = ()
for i in range(4):
    x += (i,)
print(x, x * 2, x[::-1], hash(x) == hash((0, 1, 2, 3)))
print((1, 2) + (3,), (1,) * 3, ((),) * 2, (1, (2, (3, (4,)))))
try:
    t[5]
except IndexError as e:
    print(repr(e))
try:
    t[1] = 5
except TypeError as e:
    print(repr(e))
try:
    del t[0]
except TypeError as e:
    print(repr(e))
try:
    t + [1]
except TypeError as e:
    print(repr(e))
try:
    t['a']
except TypeError as e:
    print(repr(e))
try:
    t[1.5]
except TypeError as e:
    print(repr(e))
print(t.index((5,)), t.index(3.0, 1, 3))
t.index('missing')
