print(f"{5.0:d}")
