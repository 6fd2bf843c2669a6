int(x='1')
