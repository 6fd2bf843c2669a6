while True print("again")
