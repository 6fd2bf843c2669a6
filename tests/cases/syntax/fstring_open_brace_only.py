print(f"{")
