print(f"{x # comment}")
