message = ("hello, " + name
print(message)
