s = 'Hello, World'
print('-'.join(['a', 'b', 'c']), ''.join([]), ', '.join(('x',)), '.'.join('abc'), ''.join(str(i) for i in range(5)), '-'.join({'k': 1}))
print(s.replace('l', 'L'), s.replace('l', 'L', 2), 'abc'.replace('', '-'), 'abc'.replace('', '-', 2), 'aaa'.replace('a', 'b', 0), 'aaa'.replace('aa', 'x'), s.replace('zz', 'y'), 'é€'.replace('€', 'E'))
