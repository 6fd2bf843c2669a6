# Code object sizes: the header, 2 bytes per code unit (instructions and inline caches), and
# what co_code/_co_code_adaptive and line tables do not add.
import sys


def empty():
    pass


def simple(a, b):
    return a + b


def loops(n):
    total = 0
    for i in range(n):
        if i % 2:
            total += i
        else:
            total -= 1
    return total


def calls(x):
    return len(str(x)) + abs(x) + max(x, 1) + min(x, 2)


class K:
    def method(self):
        return self.attr.other


lam = lambda x: x
gen = (x for x in ())
for co in [empty.__code__, simple.__code__, loops.__code__, calls.__code__, K.method.__code__, lam.__code__, gen.gi_code,
           compile('x = 1', 's', 'exec'), compile('1 + 2', 's', 'eval')]:
    print(co.co_name, sys.getsizeof(co), co.__sizeof__(), len(co.co_code))
for i in range(3):
    loops(10)
    calls(5)
print('after warm-up', sys.getsizeof(loops.__code__), sys.getsizeof(calls.__code__))
