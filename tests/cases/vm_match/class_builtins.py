def f(x):
    match x:
        case bool(b):
            return f"bool {b}"
        case int(i):
            return f"int {i}"
        case float(v):
            return f"float {v}"
        case str(s):
            return f"str {s!r}"
        case tuple((a, b)):
            return f"tuple pair {a} {b}"
        case tuple(t):
            return f"tuple {t}"
        case list([first, *_]):
            return f"list starting {first}"
        case list():
            return "empty list"
        case dict({"k": v}):
            return f"dict with k={v}"
        case dict(d):
            return f"dict {d}"
        case _:
            return "other"

for v in [True, 7, 2.5, "s", (1, 2), (1, 2, 3), [9, 8], [], {"k": 1}, {"j": 2}, None, 3j]:
    print(f(v))
