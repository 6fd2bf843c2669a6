print(f"{1j:d}")
