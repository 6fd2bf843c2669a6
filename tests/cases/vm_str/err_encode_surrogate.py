print(repr('\ud800'.encode()))
