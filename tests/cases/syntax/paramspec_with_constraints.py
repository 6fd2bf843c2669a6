class Wrapper[**P: (int, str)]:
    pass
