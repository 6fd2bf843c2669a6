print(sorted([], foo=1))
