print(min([1], foo=1))
