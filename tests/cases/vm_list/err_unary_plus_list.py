print(+[1])
