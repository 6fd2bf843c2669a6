class = "Economy"
