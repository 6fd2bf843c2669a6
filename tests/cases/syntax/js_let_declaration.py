let x = 5
