x = obj.1
