log = []

def note(msg, result=True):
    log.append(msg)
    return result

match [1, 2, 3]:
    case [1, x, y] if note(f"first guard {x} {y}", False):
        print("no")
    case [a, *rest] if note(f"second guard {a} {rest}"):
        print("matched second", a, rest)
print(log)

# names bound by a failed case stay bound
match (10, 20):
    case (p, q) if p > q:
        print("no")
    case _:
        print("after failure", p, q)
