# str() of an exception hands back the str its argument's str() gives (BaseException_str), an ImportError's msg, a bare SyntaxError's msg.
g = 'glob al'
class X:
    def __str__(self): return g
print(str(ValueError(g)) is g, str(ValueError(X())) is g, str(ImportError(g)) is g, str(SyntaxError(g)) is g, str(KeyError(g)) is g, str(OSError(g)) is g)
print(str(ImportError(g, name='x')) is g, str(SyntaxError(g, ('f', 1, 2, 'x'))) is g, str(UnicodeError(g)) is g, str(ValueError()) is '', str(ValueError(g, g)) is g)
e = ImportError(X())
print(str(e) is g, str(StopIteration(g)) is g, str(Exception(g)) is g)
class E(Exception): pass
print(str(E(g)) is g, str(E()) == '')
