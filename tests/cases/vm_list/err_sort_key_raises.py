[1, 2].sort(key=len)
