print(enumerate(x=[]))
