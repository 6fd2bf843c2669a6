[].index()
