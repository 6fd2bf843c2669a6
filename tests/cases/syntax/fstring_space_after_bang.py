print(f"{x! r}")
