def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

total = 0
for i in range(10):
    total = total + fib(i)
print("total:", total, fib(20))
x = 10
while x > 0:
    x = x - 3
print(x, x == -2, None, True)
print(undefined_name)
