compute(
    a,
    b,
) = 5
