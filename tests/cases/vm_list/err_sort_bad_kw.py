[].sort(foo=1)
