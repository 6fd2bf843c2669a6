type Pair[T] =
