class C:
    @property
x = 1
