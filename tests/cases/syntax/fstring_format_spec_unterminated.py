x = f"{x:abc"
