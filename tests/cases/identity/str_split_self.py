# split, rsplit, splitlines and partition hand back the exact str itself when nothing splits it; translate never does.
a = 'hello'; b = 'a b'; c = ' hello '; d = 'hello\n'
print(a.split()[0] is a, a.split('z')[0] is a, a.rsplit()[0] is a, a.rsplit('z')[0] is a, a.split(None, 0)[0] is a, a.split('l', 0)[0] is a)
print(b.split(None, 0)[0] is b, b.split(' ', 0)[0] is b, b.rsplit(None, 0)[0] is b, b.rsplit(' ', 0)[0] is b)
print(c.split(None, 0)[0] is c, c.rsplit(None, 0)[0] is c, c.split(None, 0), c.split(' ', 0)[0] is c)
print(a.splitlines()[0] is a, a.splitlines(True)[0] is a, d.splitlines(True)[0] is d, d.splitlines()[0] is d)
print(a.partition('z')[0] is a, a.rpartition('z')[2] is a, a.partition('h')[2] == 'ello')
print(a.split('hello'), ''.split(), ''.split('x')[0] is '')
class S(str): pass
s = S('hello')
print(type(s.split()[0]).__name__, type(s.partition('z')[0]).__name__)
print(a.translate({}) is a, ''.translate({}) is '', a.translate({ord('z'): 'q'}) is a, 'é'.translate({}) is 'é', 'éé'.translate({}) is 'éé')
print(a + '' is a, '' + a is a, s + '' is s, type(s + '').__name__, type('' + s).__name__)
x = ''
x += a
print(x is a)
