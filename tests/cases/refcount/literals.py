# Literal constants of every kind while the parser arena holds them (a one-token bytes literal twice).
import sys
rc = sys.getrefcount
print(rc(b'xy z'), rc(b'ab' b'cd'), rc('ab c' 'de f'), rc(f'x y{1}'), rc(b'q'), rc(b''))
def g():
    """doc string here."""
print(rc(g.__doc__))
t = ((1, 2), (3, 'a b'))
print(rc(t), rc(t[0]), rc(t[1]))
print(rc(1e100), rc(-2.5), rc(3+4j), rc(1000 * 1000), rc('x y' * 2), rc((1, 2) + (3,)))
s = {1000, 2000}
print(rc(frozenset({1000, 2000})), 1000 in {1000, 5555})
u = 'ünï cödé'
print(rc(u))
lst = [1000, 2000, 3000, 4000]
print(rc(lst[0]))
co = compile('rc(6000)', 's', 'eval')
print(eval(co))
ns = {'rc': rc}
exec('a = 9000\nprint(rc(a))', ns)
print(rc(ns['a']))
print('a', rc('a\nb'), rc(r'a\nb c'), rc('é x'), rc('€ x'), rc('😀 x'), rc('\xe9 x'), rc('\u20ac x'), rc('é' 'x y'), rc('x y' 'é'))
print('b', rc(b'a\nb'), rc(rb'a b'), rc(b'\xff\xfe'), rc(b'a'b'b'))
print('c', rc(12345678901234567890), rc(0x10000), rc(1_000_000), rc(0.5), rc(1e3), rc(5j), rc(1.5j))
print('d', rc("""multi
line ascii"""), rc("""multi é
line"""))
print('e', rc(f'abc{rc}'.__class__), rc(-0.0), rc(-5), rc(-1234))
