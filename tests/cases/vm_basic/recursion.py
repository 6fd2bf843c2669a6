def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def add(a, b=10, *, c=100):
    return a + b + c

print(fact(30))
print(add(1), add(1, 2), add(1, c=5), add(b=3, a=4))
