try:
    pass
except E:
    def f(a, a): pass
else:
    def g(b, b): pass
