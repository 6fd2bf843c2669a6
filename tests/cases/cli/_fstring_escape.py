x = 1
print("ok")
y = f"{x}\d {x!r}"
