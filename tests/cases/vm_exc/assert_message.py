def check(v):
    assert v, ("bad value", v)
check(1)
check(0)
