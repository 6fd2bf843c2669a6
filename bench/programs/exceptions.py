# Exceptions: raising and catching, try/finally, custom exception classes, context managers.
class AppError(Exception):
    def __init__(self, code):
        super().__init__(code)
        self.code = code


def risky(i):
    if i % 3 == 0:
        raise AppError(i)
    if i % 5 == 0:
        raise KeyError(i)
    return i


class Guard:
    count = 0

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        Guard.count += 1
        return exc_type is ZeroDivisionError


caught = 0
codes = 0
finals = 0
for i in range(500000):
    try:
        risky(i)
    except AppError as e:
        codes += e.code
        caught += 1
    except KeyError:
        caught += 1
    finally:
        finals += 1
for i in range(250000):
    with Guard():
        if i % 2:
            1 / 0
d = {}
misses = 0
for i in range(250000):
    try:
        d[i]
    except KeyError:
        misses += 1
        d[i // 2] = i
print(caught, codes, finals, Guard.count, misses)
