def f():
	if x = 1:
		pass
