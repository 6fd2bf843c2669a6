class C:
    def f[T: (lambda: int)](self): pass
