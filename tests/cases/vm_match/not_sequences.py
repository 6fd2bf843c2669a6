for v in ["abc", "", b"ab", bytearray(b"xy"), {1: 2, 3: 4}, range(2), (1, 2), [1, 2], 12, None]:
    match v:
        case [a, b]:
            print(repr(v), "two items", a, b)
        case [*items]:
            print(repr(v), "sequence", items)
        case {}:
            print(repr(v), "mapping")
        case _:
            print(repr(v), "neither")
