import contextvars as cv

v = cv.ContextVar('v', default=1)
w = cv.ContextVar('w')
print(type(v).__name__, cv.Token.MISSING, type(cv.Token.MISSING).__name__, v.name, v.get(), w.get('dflt'))
t = v.set(2)
print(t.var is v, t.old_value, v.get(), repr(t).startswith('<Token var=<ContextVar name='))
ctx = cv.copy_context()
print(type(ctx).__name__, len(ctx), v in ctx, w in ctx, ctx[v], ctx.get(w), ctx.get(w, 5), list(ctx.keys()) == [v], list(ctx.values()), list(iter(ctx)) == [v])
v.reset(t)
print(v.get(), ctx[v])

def g(a, b=0):
    v.set(a + b)
    w.set('in')
    return v.get(), w.get()

c2 = cv.Context()
print(c2.run(g, 5, b=1), c2[v], v.get(), len(c2), w.get(None), sorted(x.name for x in c2))
c3 = c2.copy()
print(c3[v], c3 is c2, len(c3))

def nested():
    return c2.run(lambda: 1)

try:
    c2.run(nested)
except RuntimeError as e:
    print(str(e).startswith('cannot enter context:'), str(e).endswith('is already entered'))

def use_token():
    tok = v.set(10)
    return tok

tok = c2.run(use_token)
for f in [lambda: cv.ContextVar(1), lambda: cv.Context(1), lambda: ctx[1], lambda: v.reset(1), lambda: v.reset(tok),
          lambda: w.reset(t), lambda: type('X', (cv.ContextVar,), {}), lambda: cv.Token()]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__, str(e).split(' at 0x')[0])
try:
    cv.ContextVar('missing').get()
except LookupError as e:
    print('LookupError', repr(e.args[0]).split(' at 0x')[0])
try:
    ctx[w]
except KeyError as e:
    print('KeyError', repr(e.args[0]).split(' at 0x')[0])
t2 = v.set(3)
v.reset(t2)
try:
    v.reset(t2)
except RuntimeError as e:
    print('RuntimeError', str(e).split(' at 0x')[0])
print(cv.ContextVar[int], cv.Token[int], v.get(9), cv.ContextVar('q').get(7))
print(repr(v).split(' at 0x')[0], repr(w).split(' at 0x')[0])
