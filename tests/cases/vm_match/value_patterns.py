class Color:
    RED = "red"
    GREEN = "green"
    BLUE = "blue"

class Config:
    class Mode:
        FAST = 1
        SLOW = 2

def f(x):
    match x:
        case Color.RED:
            return "red!"
        case Color.GREEN | Color.BLUE:
            return "cool color"
        case Config.Mode.FAST:
            return "fast"
        case Config.Mode.SLOW:
            return "slow"
        case _:
            return "unknown"

for v in ["red", "green", "blue", 1, 2, 3]:
    print(v, f(v))

match {"c": "blue"}:
    case {"c": Color.BLUE}:
        print("mapping value pattern")
