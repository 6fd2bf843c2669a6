obj = object()
obj.class = 1
