a = [1, 'two', (3,), [4]]
print(1 in a, 'two' in a, (3,) in a, [4] in a, 5 not in a, 1.0 in a, True in [1], [] in [[]])
for x in a:
    print(x)
for i, x in [(1, 'a'), (2, 'b')]:
    print(i, x)
print(len(a), len([]), not [], not [0])
if a:
    print('nonempty')
if not []:
    print('empty')
b = [1, 2, 3]
for x in b:
    if x == 1:
        b += [4]
    print(x)
c = [1, 2, 3, 4]
for x in c:
    del c[0]
    print(x, c)
