print(f"value: {x}
