x = ~True
y = ~False, ~1
