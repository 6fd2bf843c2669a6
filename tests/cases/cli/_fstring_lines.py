def f(x):
    y = f"""{x}\d

abc"""
    z = f"{x:\d}"
    w = """\d

"""
    return rf"\d{x}\d", f"{x}" "\w" f"\s{x!r:>{x}}\e"


print("done")
