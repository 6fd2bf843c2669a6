[].copy(1)
