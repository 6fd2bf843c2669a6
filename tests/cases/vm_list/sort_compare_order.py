calls = []
def key(v):
    global calls
    calls = calls + [v]
    return -v
print(sorted([3, 1, 2], key=key), calls)
log = []
def k2(s):
    global log
    log += [s]
    return len(s)
print(sorted(['ccc', 'a', 'bb', 'dd', 'e'], key=k2, reverse=True), log)
