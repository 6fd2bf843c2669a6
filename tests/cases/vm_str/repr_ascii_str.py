print(repr('x'), repr("it's"), repr('"'), repr('\'"'), repr('\n\t\\\x00\x7f'), repr('é€😀'))
print(ascii('ü€😀'), ascii('abc'), ascii(1), ascii((1, 'é')), ascii('\x80'))
print(str(5), str(), str(3.0), str('x'), str(None), str(True), str((1, 'a')), str(range(2)))
print(str(object=7), repr(str(-0.0)))
