pairs = ((1, 'one'), (2, 'two'), (3, 'three'))
for n, name in pairs:
    print(n, name)
total = 0
for x in (10, 20, 30):
    for y in (x, -x, 1):
        total = total + y
print(total)
for e in ():
    print('never')
def first_str(t):
    for v in t:
        if v is not None and v in ('a', 'b'):
            return v
    return None
print(first_str((None, 3, 'b', 'a')), first_str((1, 2)))
a, b, c = range(3)
print(a, b, c)
count = 0
for k in {'x': 1, 'y': 2}['y'], 5:
    count = count + k
print(count)
