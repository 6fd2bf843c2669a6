# The small-int cache [-5, 256]: arithmetic results inside it are the cached objects, outside are new.
k = 255
print(k + 1 is 256, k + 2 is 257, 256 + 0 is 256)
n = 257
print(n - 1 is 256, n - 1 == 256, (n - 1) is (n - 1))
m = 300
print(m - 300 is 0, m // 2 is 150, m % 7 is 6, m // 1 is m, m * 1 is m, m + 0 is m)
print(-k - 250 is -505, -n + 252 is -5, -n + 251 is -6, -n + 251 == -6)
x = 2
print(x ** 8 is 256, x ** 9 is 512, x << 7 is 256, x << 8 is 512, 1024 >> 2 is 256, 1024 >> 1 is 512)
y = -3
print(abs(y) is 3, -y is 3, +y is -3, ~y is 2, y * y is 9, y // 2 is -2, y % 5 is 2)
print(abs(-256) is 256, abs(-257) is 257, abs(-257) == 257)
z = 1000
print(z // 1000 is 1, z % 1000 is 0, z & 255 is 232, z | 0 is z, z ^ z is 0, z >> 3 is 125)
print(divmod(z, 7)[0] is 142, divmod(z, 7)[1] is 6, pow(2, 8) is 256, pow(2, 8, 1000) is 256)
print(round(3.7) is 4, int(255.9) is 255, int(257.0) is 257, int(3.0) is 3)
print(True + True is 2, True + 0 is 1, False * 5 is 0)
print(-(-5) is 5, 0 - 5 is -5, 0 - 6 is -6)
print(max(3, 200) is 200, min(300, 400) is 300)
