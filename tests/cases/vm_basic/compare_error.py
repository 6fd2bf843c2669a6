def lt(a, b):
    return a < b
print(lt(1, 2))
print(lt(1, "2"))
