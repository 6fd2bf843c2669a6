def f():
    def g[T: [(y := 1) for x in ()]](): pass
