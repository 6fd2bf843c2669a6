print(f"{1;}")
