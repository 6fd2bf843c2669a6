print(f"{x)}")
