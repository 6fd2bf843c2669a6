def first_word(items):
    for item in items:
        match item:
            case "skip":
                continue
            case "stop":
                break
            case str(w):
                return w
    return None

print(first_word(["skip", "hello", "x"]))
print(first_word(["skip", "stop", "x"]))
print(first_word([1, 2]))

def count(items):
    n = 0
    while items:
        match items.pop():
            case 0:
                n += 100
            case int(k) if k > 0:
                n += k
            case _:
                pass
    return n

print(count([0, 1, 2, -5, "a"]))
