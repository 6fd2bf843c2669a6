a = [3, 1, 2]
def k(v):
    a.append(v)
    return v
a.sort(key=k)
