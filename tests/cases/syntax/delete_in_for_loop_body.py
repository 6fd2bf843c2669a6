for k in keys:
    del d.get(k)
