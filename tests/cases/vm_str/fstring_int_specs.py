for spec in ['d', 'x', 'X', 'o', 'b', '#x', '#o', '#b', '+d', ' d', '08d', '<8', '^8', '=+8', ',', '_x', 'c', 'n', 'e', '.2f', '%', 'g']:
    print(spec, f"[{255:{spec}}]", f"[{-255:{spec}}]" if spec != 'c' else '')
print(f"{True:x}", f"{False:>5}", f"{True!s:>6}")
