print(any())
