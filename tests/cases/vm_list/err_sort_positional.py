[].sort(1)
