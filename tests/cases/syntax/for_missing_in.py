for x range(10):
    print(x)
