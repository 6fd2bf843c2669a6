# String constants inside constant tuples and frozensets are interned by the same rule as top-level ones.
import sys
t = ('alpha', 'beta gamma', 'delta_1')
print(t[0] is sys.intern('al' + 'pha'), t[1] is sys.intern('beta' + ' gamma'), t[2] is sys.intern('delta' + '_1'))
nested = (('inner', 'in ner'), 'outer')
print(nested[0][0] is sys.intern('in' + 'ner'), nested[0][1] is sys.intern('in' + ' ner'), nested[1] is sys.intern('out' + 'er'))
x = 'inner'
print(x is nested[0][0], 'in ner' is nested[0][1])
for s in sorted(frozenset({'fs_name', 'fs name'})):
    print(s, s is sys.intern(s[:2] + s[2:]))
print(('alpha', 'beta') is ('alpha', 'beta'))
L = ['list_item', 'list item', 'z']
print(L[0] is sys.intern('list' + '_item'), L[1] is sys.intern('list' + ' item'))
d = {'key_one': 1, 'key two': 2}
ks = list(d)
print(ks[0] is sys.intern('key' + '_one'), ks[1] is sys.intern('key' + ' two'))
def f(a='default_val', b='default val'):
    return a, b
r = f()
print(r[0] is sys.intern('default' + '_val'), r[1] is sys.intern('default' + ' val'))
print(f.__defaults__[0] is r[0])
