class C:
    def m(self, __a, _C__a):
        pass
