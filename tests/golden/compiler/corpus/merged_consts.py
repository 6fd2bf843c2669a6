def waits(s):
    while any(t.busy() for t in s):
        s.step()
    return [lambda: 0, lambda: 0]
pair = (lambda: 0, lambda: 0)
nums = 1000, 1000, 1000.0, -0.0, 0.0, 0j, -0j, True, 1
def g():
    return (1, 2), (1, 2), ('a', (1, 2))
