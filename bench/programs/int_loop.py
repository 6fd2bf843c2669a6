# Integer loops: while/for loops over ranges with int arithmetic, comparisons and bit operations.
def collatz_steps(limit):
    total = 0
    longest = 0
    for start in range(1, limit):
        n = start
        steps = 0
        while n != 1:
            if n & 1:
                n = 3 * n + 1
            else:
                n >>= 1
            steps += 1
        total += steps
        if steps > longest:
            longest = steps
    return total, longest


def sieve(n):
    flags = [True] * (n + 1)
    flags[0] = flags[1] = False
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = False
        i += 1
    return sum(flags)


print(collatz_steps(60000))
print(sieve(1000000))
acc = 0
for i in range(1000000):
    acc = (acc * 31 + i) % 1000000007
print(acc)
