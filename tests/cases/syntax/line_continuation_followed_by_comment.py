total = a + \  # add b
    b
