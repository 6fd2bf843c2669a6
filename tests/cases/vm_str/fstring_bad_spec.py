print(f"{5:abc}")
