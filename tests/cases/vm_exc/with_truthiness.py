class CM:
    def __init__(self, r):
        self.r = r
    def __enter__(self):
        return self
    def __exit__(self, *a):
        return self.r
for r in (0, 1, "", "x", None, [], [0]):
    try:
        with CM(r):
            raise ValueError(r)
        print("suppressed by", repr(r))
    except ValueError:
        print("not suppressed by", repr(r))
