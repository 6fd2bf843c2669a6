def const_conditions(x):
    if 0:
        dead()
    if 1:
        alive()
    while 1:
        if x:
            break
    while 0:
        never()
    if not x:
        return 1
    if x is None:
        return 2
    if x is not None and x:
        return 3
    if None is x:
        return 4
    return 5

def unreachable(x):
    return x
    x += 1
    print(x)

def swaps(a, b, c, d):
    a, b = b, a
    a, b, c = c, b, a
    a, b, c, d = d, c, b, a
    (a, b), c = (c, d), a
    x = y = z = a
    return a, b, c, d

def jumps(a, b, c):
    if a and (b or c):
        x = 1
    elif not (a or b) and c:
        x = 2
    else:
        x = 3
    while a < b < c:
        a += 1
    y = 1 if a else 2 if b else 3
    z = a if (b if c else a) else c
    return x, y, z

def loops(seq):
    total = 0
    for i in seq:
        for j in seq:
            if j:
                continue
            total += j
        else:
            total -= 1
    for _ in []:
        pass
    return total

def try_in_loop(items):
    for item in items:
        try:
            if item:
                continue
            item()
        except Exception:
            break
        finally:
            print(item)
    else:
        return 0
    return 1

def deep_with(a, b, c):
    with a:
        with b:
            with c:
                return 1

def returns(x):
    if x:
        return
    elif x == 1:
        return None
    try:
        return x
    except:
        return -1

def maybe_unbound(c):
    if c:
        v = 1
    try:
        w = 2
    except Exception:
        pass
    del c
    return v, w

def extended_args():
    x = 0
    if x:
        x = (x + 1, x + 2, x + 3, x + 4, x + 5, x + 6, x + 7, x + 8, x + 9, x + 10, x + 11, x + 12, x + 13, x + 14, x + 15, x + 16, x + 17, x + 18, x + 19, x + 20, x + 21, x + 22, x + 23, x + 24, x + 25, x + 26, x + 27, x + 28, x + 29, x + 30, x + 31, x + 32, x + 33, x + 34, x + 35, x + 36, x + 37, x + 38, x + 39, x + 40)
        x = (x + 41, x + 42, x + 43, x + 44, x + 45, x + 46, x + 47, x + 48, x + 49, x + 50, x + 51, x + 52, x + 53, x + 54, x + 55, x + 56, x + 57, x + 58, x + 59, x + 60, x + 61, x + 62, x + 63, x + 64, x + 65, x + 66, x + 67, x + 68, x + 69, x + 70)
    return x
