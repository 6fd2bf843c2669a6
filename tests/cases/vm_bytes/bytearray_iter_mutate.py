ba = bytearray(b'abc')
out = []
for x in ba:
    out = out + [x]
    if len(ba) > 1:
        del ba[-1]
print(out, ba)
