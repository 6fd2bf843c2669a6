def f():
    try:
        return 1
    finally:
        return 2
print(f())
def g():
    try:
        1/0
    finally:
        return "swallowed"
print(g())
def h():
    for i in range(5):
        try:
            if i == 3:
                break
        finally:
            print("fin", i)
    return i
print(h())
def k():
    while True:
        try:
            raise ValueError
        except ValueError:
            break
        finally:
            print("k fin")
    return "done"
print(k())
