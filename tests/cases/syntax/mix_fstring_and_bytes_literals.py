x = f"{a}" b"def"
