class C:
    def m(self, **opts=None):
        pass
