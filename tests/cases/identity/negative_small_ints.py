# Negative small ints -5..-1 come from the cache whatever computes them; -6 and below are new.
x = 3
print(x - 8 is -5, x - 9 is -6, -x - 2 is -5, -x - 3 is -6, ~x is -4, ~(x + 2) is -6)
print(int('-5') is -5, int('-6') is -6, int(-5.5) is -5, int(-6.5) is -6, round(-5.4) is -5, round(-6.4) is -6)
print(-1 * 5 is -5, (-1) ** 3 is -1, -10 // 2 is -5, -11 // 2 is -6, -7 % -2 is -1, divmod(-7, 2)[0] is -4)
print((-5).__abs__() is 5, abs(-6) is 6, -abs(-5) is -5, min(-5, 0) is -5, max(-10, -5) is -5)
print([i for i in range(-7, -3) if i is -5 or i is -6 or i is -7], list(range(-1, -7, -1))[4] is -5, list(range(-1, -7, -1))[5] is -6)
print(int.from_bytes(b'\xfb', 'big', signed=True) is -5, int.from_bytes(b'\xfa', 'big', signed=True) is -6)
print(sum([-2, -3]) is -5, sum([-3, -3]) is -6, len([]) - 5 is -5, 'abc'.find('z') is -1, [1].index(1) - 5 is -5)
print((5).__neg__() is -5, (6).__neg__() is -6, -True is -1, ~True is -2, ~False is -1)
print(hash(-1) is -2, hash(-5) is -5, hash(-6) is -6)
print(int('-0') is 0, -0 is 0, 0 * -1 is 0, x - x is 0)
