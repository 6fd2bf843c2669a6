print(f"{x=")
