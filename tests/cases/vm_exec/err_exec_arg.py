exec(None)
