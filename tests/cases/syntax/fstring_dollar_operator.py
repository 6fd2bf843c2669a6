print(f"{a $ b}")
