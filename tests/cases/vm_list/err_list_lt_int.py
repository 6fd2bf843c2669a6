print([] < 1)
