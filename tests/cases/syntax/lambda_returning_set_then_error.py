handler = lambda event: {event}
result = 1 $ 2
