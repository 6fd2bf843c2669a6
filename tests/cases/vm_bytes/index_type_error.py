i = 'x'
print(b'abc'[i])
