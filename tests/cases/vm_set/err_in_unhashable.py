print([] in {1})
