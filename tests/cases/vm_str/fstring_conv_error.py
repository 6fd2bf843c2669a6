def f():
    return undefined_name
print(f"{f()!r}")
