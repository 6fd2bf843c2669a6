print("Hello", name")
