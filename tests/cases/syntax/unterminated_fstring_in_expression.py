print(f"value: {x
