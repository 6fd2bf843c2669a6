  print("hi")
