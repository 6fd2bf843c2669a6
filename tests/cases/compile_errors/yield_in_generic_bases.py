def g():
    class C[T]((yield)): pass
