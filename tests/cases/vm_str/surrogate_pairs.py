a = chr(0xd800) + chr(0xdc00)
print(repr(a), len(a), ascii(a), repr('x' + a + '\uffff'), len(f"{a}{a}"), len(''.join([chr(0xd83d), chr(0xde00)])), repr(chr(0xd83d) + '\ude00' + 'é'))
print(a == chr(0xd800) + chr(0xdc00), a[0] == '\ud800', len(a[::-1]))
