while x:
    x -= 1
else
    pass
