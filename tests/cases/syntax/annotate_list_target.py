[x, y]: list
