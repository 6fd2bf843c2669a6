print(reversed([], []))
