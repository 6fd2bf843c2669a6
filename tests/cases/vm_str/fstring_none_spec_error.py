print(f"{None!r:>6}")
print(f"{None:>6}")
