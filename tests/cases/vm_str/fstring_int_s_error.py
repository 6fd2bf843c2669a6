print(f"{5:s}")
