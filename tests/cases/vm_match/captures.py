def f(x):
    match x:
        case 0:
            print("zero")
        case y:
            print("captured", y)
    return y if x != 0 else None

print(f(0))
print(f(42))
print(f("s"))

match [1, 2]:
    case whole:
        print("module level capture", whole)
print(whole)
