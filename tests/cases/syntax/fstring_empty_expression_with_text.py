name = "x"
print(f"Hello {} and {name}")
