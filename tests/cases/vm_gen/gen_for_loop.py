def squares(n):
    for i in range(n):
        yield i * i
for v in squares(5):
    print(v)
for v in squares(0):
    print('never')
print('end')
