s = 'Hello, World'
print(s.startswith('Hell'), s.startswith(('x', 'H')), s.endswith('ld'), s.startswith('World', 7), s.endswith('Hello', 0, 5), s.startswith(''), s.startswith('', 20), s.endswith(()), 'a😀'.endswith('😀'))
print('abc'.center(9, '*'), 'abc'.center(8), 'ab'.center(5, '-'), 'abc'.ljust(6, '.'), 'abc'.rjust(6), '42'.zfill(5), '-42'.zfill(6), '+x'.zfill(4), 'abc'.center(2), ''.zfill(3), 'é'.center(4, '€'))
print(s.partition(', '), s.rpartition('o'), s.partition('#'), s.rpartition('#'), 'a\tb\tc'.expandtabs(4), 'ab\tc\nd\te'.expandtabs(), 'a\tb'.expandtabs(tabsize=0))
print(s.removeprefix('Hello'), s.removesuffix('World'), s.removeprefix('x'), s.removesuffix(''), 'aa'.removeprefix('a'))
