def f():
    """Compute things.

    More text here.
    return 1
