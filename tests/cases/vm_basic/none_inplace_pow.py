x = None
y = 2
print(y ** 3, not x)
x **= y
