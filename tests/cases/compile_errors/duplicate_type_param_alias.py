type A[T, **T] = int
