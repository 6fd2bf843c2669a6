print("done"))
