f = lambda x, y, x: None
