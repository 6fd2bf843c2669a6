# Folded float and complex arithmetic must be the run-time operation's exact result
# (glibc's correctly rounded pow, CPython's complex division), or stay unfolded where it raises.
a = 10 ** -5
b = 3 ** (1 / 3)
c = 2.0 ** 0.5
d = (-8) ** (1 / 3)
e = 1e308 * 10
f = 7.5 // 2, -7.5 % 2, 7.5 // 0.0, 1 % 0
g = (1 + 2j) ** 0.5, (1 + 1j) / (2 - 1j), 1j / 0
h = 10 ** -300, 2 ** -1074, 1.1 ** 700, 10.0 ** 400
i = (2 ** 1100) / 3, 1 / (2 ** 1100), (2 ** 1100) / (2 ** 1050)
j = 0.0 ** -1, (-2.0) ** 0.5, 1e200 ** 2
