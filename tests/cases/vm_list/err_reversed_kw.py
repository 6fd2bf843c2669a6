print(reversed(x=[]))
