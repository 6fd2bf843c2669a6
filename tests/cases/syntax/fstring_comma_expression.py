print(f"{,}")
