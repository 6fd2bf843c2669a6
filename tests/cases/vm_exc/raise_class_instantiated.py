try:
    raise KeyError
except KeyError as e:
    print(repr(e), e, "|")
raise IndexError
