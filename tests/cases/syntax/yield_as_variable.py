yield = 5
