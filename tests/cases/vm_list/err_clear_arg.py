[].clear(1)
