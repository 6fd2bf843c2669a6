class Config:
    def __init__(self):
        self.verbose = True
        self.level = 3
    def reload(self):
        pass
c = Config()
for name in ("verbos", "levle", "relaod", "zzz"):
    try:
        getattr(c, name)
    except AttributeError as e:
        print(repr(e), e.name, e.obj is c)
c.relod()
