print(~'a')
