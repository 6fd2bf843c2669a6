# Generators: generator functions, pipelines, yield from, send, generator expressions.
def numbers(n):
    for i in range(n):
        yield i


def evens(it):
    for x in it:
        if x % 2 == 0:
            yield x


def squares(it):
    for x in it:
        yield x * x


def chain(*its):
    for it in its:
        yield from it


def accumulator():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x


print(sum(squares(evens(numbers(3600000)))))
print(sum(chain(numbers(800000), numbers(400000))))
acc = accumulator()
next(acc)
for i in range(800000):
    acc.send(i)
print(acc.send(0))
print(sum(x * 2 for x in range(1500000) if x % 3))
