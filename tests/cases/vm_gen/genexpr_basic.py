gen = (x * 2 for x in range(5))
for v in gen:
    print(v)
print(next((c for c in 'xyz')))
print(next((c for c in ''), 'empty'))
