print('hé€'.encode(), 'hé'.encode('latin-1'), 'hé'.encode('ascii', 'replace'), 'hé'.encode('ascii', 'ignore'), 'hé€😀'.encode('ascii', 'backslashreplace'), 'h€'.encode('latin-1', 'xmlcharrefreplace'), 'x'.encode(encoding='UTF-8'), 'x'.encode('utf_8'))
t = str.maketrans('abc', 'xyz', 'd')
print('abcd'.translate(t), 'abc'.translate({97: 'AA', 98: None}), str.maketrans({'a': 1, 98: 'B'}), str.maketrans('', '', 'x'), 'abc'.translate({}), 'a'.translate({97: 0x20ac}))
