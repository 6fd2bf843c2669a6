items = [c None]
