# Separate compilation units (exec, eval, compile) do not share constants; interned names are shared.
import sys
g = {}
exec('a = 1000\nb = 1000\nf = 1.5\ns = "two words"\nt = (1, 2, 3)', g)
exec('c = 1000\nd = 1.5\ne = "two words"\nu = (1, 2, 3)', g)
print(g['a'] is g['b'], g['a'] is g['c'], g['f'] is g['d'], g['s'] is g['e'], g['t'] is g['u'])
print(eval('1000') is eval('1000'), eval('1000') is 1000, eval('(1000, 1000)')[0] is eval('(1000, 1000)')[1])
print(eval('"name_like"') is eval('"name_like"'), eval('"not name"') is eval('"not name"'), eval('"name_like"') is 'name_like')
c1 = compile('x = 5000', 'u1', 'exec')
c2 = compile('x = 5000', 'u2', 'exec')
n1 = {}; n2 = {}
exec(c1, n1); exec(c2, n2)
print(n1['x'] is n2['x'], c1.co_consts[0] is c2.co_consts[0], c1.co_names[0] is c2.co_names[0])
exec(c1, n2)
print(n1['x'] is n2['x'])
print(eval('256') is 256, eval('257') is 257, eval('-5') is -5, eval('-6') is -6)
src = 'def f():\n    return 7777\ndef g():\n    return 7777\n'
ns = {}
exec(src, ns)
print(ns['f']() is ns['g'](), ns['f']() is 7777)
ns2 = {}
exec(src, ns2)
print(ns['f']() is ns2['f'](), ns['f'].__code__.co_consts is ns2['f'].__code__.co_consts)
print(eval('x', {'x': 123456}) == 123456)
v = 123456
print(eval('v') is v, eval('v + 0') is v, eval('(v,)')[0] is v)
code = compile('1.25', 'e', 'eval')
print(eval(code) is eval(code), eval(code) is 1.25)
print(sys.intern('two words') is g['s'], sys.intern(g['s']) is g['s'], sys.intern(g['e']) is g['s'])
