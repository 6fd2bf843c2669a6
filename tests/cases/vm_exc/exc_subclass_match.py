class A(Exception): pass
class B(A): pass
class C(B): pass
for cls in (A, B, C):
    try:
        raise cls("x")
    except C:
        print("C", cls.__name__)
    except B:
        print("B", cls.__name__)
    except A:
        print("A", cls.__name__)
try:
    raise C
except (KeyError, B) as e:
    print("tuple", repr(e))
class NotExc:
    pass
try:
    raise NotExc
except TypeError as e:
    print(e)
try:
    raise NotExc()
except TypeError as e:
    print(e)
