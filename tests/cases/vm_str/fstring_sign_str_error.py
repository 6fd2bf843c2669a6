print(f"{'a':+}")
