# Pattern and Match types (weak references, subclassing, instantiation), replacement templates of every kind, pos/endpos edge cases.
import re, weakref
p = re.compile('a(b)')
r = weakref.ref(p)
print(r() is p)
m = p.search('xab')
try:
    weakref.ref(m)
except TypeError as e:
    print(e)
print(re.Pattern.__module__, re.Match.__name__, re.Pattern.__qualname__)
try:
    class X(re.Pattern): pass
except TypeError as e:
    print(e)
for f in (lambda: re.Pattern(), lambda: type(p.scanner(''))()):
    try: f()
    except TypeError as e: print(e)
print(p.match('ab').__class_getitem__(int), bool(m), m.__copy__() is m)
print(re.sub('(?P<x>a)', r'\g<x>\g<x>', 'banana'), re.sub('a', r'\\', 'a'))
print(re.sub(b'a', bytearray(b'\\n'), b'abc'))
print(re.compile(r'\d', re.A).sub('#', 'a1٣'))
print(re.findall(r'(a)|(b)', 'ab'), re.split(r'(a)|(b)', 'xaybz'))
print(re.match(r'(?x) a  b #c', 'ab'), re.fullmatch('a*?', 'aaa'), re.search('$', 'ab\n').span())
print(re.compile('a', re.I).match('A', 0, 0), re.compile('a').search('xxa', 5), re.compile('^a').search('ba', 1))
print(m.span(1), m.regs, m.expand(b'x' if False else r'\1'))
print(re.escape(b'a.b'), re.compile(b'x').pattern, re.compile(b'(x)').sub(rb'\1\1', b'axb'))
print(re.search(r'\N{EM DASH}' if False else r'\u2014', 'a—b'))
print(sorted(set(dir(re.compile('a')))) == sorted(set(dir(re.Pattern))))
print(re.Match.__doc__, re.Pattern.__doc__)
print(re.compile('a').__sizeof__() > 0, re.compile('a') == re.compile('a'), re.compile('a', re.I) == re.compile('a'))
