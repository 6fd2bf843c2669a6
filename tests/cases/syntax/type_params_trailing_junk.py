class C[T U]:
    pass
