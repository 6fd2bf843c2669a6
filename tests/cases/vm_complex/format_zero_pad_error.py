print(f"{1j:010}")
