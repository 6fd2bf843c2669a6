try:
    try:
        raise ValueError("a")
    except ValueError as a:
        try:
            raise TypeError("b")
        except TypeError as b:
            raise a
except ValueError as e:
    print(repr(e.__context__), repr(e.__context__.__context__))
def chain():
    try:
        raise KeyError(1)
    except KeyError as k1:
        try:
            raise KeyError(2)
        except KeyError as k2:
            try:
                raise k1
            except KeyError as again:
                return again, k2
a, k2 = chain()
print(repr(a), repr(a.__context__), repr(k2.__context__))
