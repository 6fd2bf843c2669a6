print((1+2j)/(0+0j))
