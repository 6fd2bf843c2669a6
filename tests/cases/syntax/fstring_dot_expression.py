print(f"{.}")
