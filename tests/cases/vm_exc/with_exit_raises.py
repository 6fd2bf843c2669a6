class CM:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise KeyError("from exit")
try:
    with CM():
        raise ValueError("body")
except KeyError as e:
    print(repr(e), repr(e.__context__))
with CM():
    pass
