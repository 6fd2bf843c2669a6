plot(x=1, 2)
