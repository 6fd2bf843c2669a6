def evaluate(expr):
    match expr:
        case ("num", n):
            return n
        case ("add", left, right):
            return evaluate(left) + evaluate(right)
        case ("mul", left, right):
            return evaluate(left) * evaluate(right)
        case ("neg", inner):
            return -evaluate(inner)
        case _:
            raise ValueError(expr)

tree = ("add", ("num", 2), ("mul", ("num", 3), ("neg", ("num", 4))))
print(evaluate(tree))

def shape(v):
    match v:
        case {"points": [{"x": x0, "y": y0}, {"x": x1, "y": y1}]}:
            return f"segment ({x0},{y0})-({x1},{y1})"
        case {"points": [*pts]}:
            return f"{len(pts)} points"
    return "?"

print(shape({"points": [{"x": 0, "y": 1}, {"x": 2, "y": 3}]}))
print(shape({"points": [{"x": 0, "y": 1}]}))
print(shape({"points": "nope"}))
