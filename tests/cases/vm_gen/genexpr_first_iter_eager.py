try_me = None
gen = (x for x in 5)
