print(any(x=[]))
