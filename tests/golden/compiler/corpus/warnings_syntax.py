def f(x):
    a = (1, 2)(3)
    b = [1](2)
    c = x is 1
    d = x is not 'a'
    assert (x, 'message')
    e = 'abc'[1.5]
    g = None[0]
    h = [1, 2][None]
    return a, b, c, d, e, g, h
