class NoEnter:
    def __exit__(self, *a):
        pass
class NoExit:
    def __enter__(self):
        return self
for obj in (3, NoEnter(), NoExit()):
    try:
        with obj:
            pass
    except TypeError as e:
        print(e)
with None:
    pass
