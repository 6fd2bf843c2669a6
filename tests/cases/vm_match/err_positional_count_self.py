def f(v):
    match v:
        case int(a, b):
            return a, b

print(f("not an int"))
print(f(3))
