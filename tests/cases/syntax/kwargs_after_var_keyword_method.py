class C:
    def f(self, x=1, *args, y, **kwargs, z):
        pass
