for v in (0, 1, ""):
    try:
        assert v, "falsy"
        print("ok", v)
    except AssertionError as e:
        print("assert", repr(e), e)
try:
    assert False
except AssertionError as e:
    print(repr(e), e, "|")
