print(5 % 'a')
