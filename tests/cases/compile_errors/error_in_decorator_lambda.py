@(lambda a, a: a)
def f(): pass
