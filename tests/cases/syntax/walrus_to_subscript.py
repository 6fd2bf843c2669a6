while (a[0] := next(it)):
    pass
