inner = [1, 2]
outer = (inner, "x")
match outer:
    case [a, b]:
        print(a is inner, b is outer[1])

d = {"k": inner}
match d:
    case {"k": v, **rest}:
        print(v is inner, len(rest) == 0, rest is d)

class C:
    pass
c = C()
c.attr = inner
match c:
    case C(attr=got):
        print(got is inner)

match inner:
    case list(same):
        print(same is inner)
