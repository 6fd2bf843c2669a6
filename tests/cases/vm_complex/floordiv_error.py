print((1+2j)//2)
