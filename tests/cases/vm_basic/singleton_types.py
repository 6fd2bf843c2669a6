e = ...
print(repr(e), type(e), type(e)(), e.__reduce__(), sorted(type(e).__dict__), hash(e) == hash(Ellipsis), bool(e), e is Ellipsis)
print(type(None)(), type(NotImplemented)(), NotImplemented.__reduce__(), sorted(type(NotImplemented).__dict__))
for t in (type(None), type(NotImplemented), type(...)):
    try:
        t(1)
    except TypeError as x:
        print(x)
    try:
        t(a=1)
    except TypeError as x:
        print(x)
x = [1, 2, 3]
print(x[...] if False else 'ok', str(...), f'{...}', (..., ...))
def f(a: ... = ...): return a
print(f())
print(bool(NotImplemented))
if NotImplemented: print(1)
