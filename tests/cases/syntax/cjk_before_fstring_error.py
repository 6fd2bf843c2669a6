msg = f"名前: {}"
