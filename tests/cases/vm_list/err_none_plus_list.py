print(None + [])
