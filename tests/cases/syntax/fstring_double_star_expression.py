print(f"{**kw}")
