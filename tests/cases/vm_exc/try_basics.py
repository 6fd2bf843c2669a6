try:
    1/0
except ZeroDivisionError as e:
    print("caught", e, repr(e))
try:
    raise ValueError("bad", 1)
except (TypeError, ValueError) as e:
    print("caught2", e)
else:
    print("no")
finally:
    print("fin")
def f(x):
    try:
        return x
    finally:
        print("f fin")
print(f(3))
for i in range(3):
    try:
        if i == 1:
            continue
        print(i)
    finally:
        print("loop fin", i)
try:
    try:
        raise KeyError('k')
    except KeyError:
        raise
except LookupError as e:
    print("outer", repr(e), e)
print(repr(OSError(2, 'No such file', 'x.txt')), OSError(2, 'No such file', 'x.txt'))
print(StopIteration(), repr(SystemExit(1, 2)))
try:
    raise ValueError
except Exception as e:
    print(repr(e))
try:
    assert 1 == 2, "msg"
except AssertionError as e:
    print(repr(e))
def g():
    raise TypeError("inner")
try:
    g()
except TypeError:
    try:
        undefined_x
    except NameError as n:
        print(repr(n))
