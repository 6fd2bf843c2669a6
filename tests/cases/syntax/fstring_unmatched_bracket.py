print(f"{x]}")
