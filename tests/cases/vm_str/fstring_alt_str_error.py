print(f"{'a':#}")
