try:
    raise 5
except TypeError as e:
    print(e)
try:
    raise
except RuntimeError as e:
    print(e)
try:
    raise ValueError from 3
except TypeError as e:
    print(e, repr(e.__context__) if False else '')
try:
    try:
        1/0
    except 3:
        pass
except TypeError as e:
    print(e)
try:
    try:
        1/0
    except (ValueError, 3):
        pass
except TypeError as e:
    print(e)
try:
    raise ValueError from KeyError
except ValueError as e:
    pass
raise ValueError("last") from KeyError("k")
