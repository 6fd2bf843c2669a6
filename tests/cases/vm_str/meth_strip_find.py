s = 'Hello, World'
print(repr('  x  '.strip()), 'xxhixx'.strip('x'), 'xxhi'.lstrip('x'), 'hixx'.rstrip('x'), repr(' \t\n x\x1f\xa0'.strip()), 'abcba'.strip('ab'), 'x'.strip(None), repr(''.strip()))
print(s.find('o'), s.rfind('o'), s.find('o', 5), s.find('z'), s.index('W'), s.rindex('l'), s.count('l'), 'aaa'.count('a', 1), 'abc'.count(''), 'abc'.find('', 3), 'abc'.find('', 4))
print(s.find('o', -5), s.find('l', 2, 3), s.rfind('l', 0, 4), s.count('l', None, 4), 'a😀b😀'.find('b'), 'a😀b😀'.rfind('😀'), 'a😀b😀'.count('😀', 2), 'a😀b'.index('b', 1, 3), 'abc'.find('c', 10**30 - 10**30 - 5))
