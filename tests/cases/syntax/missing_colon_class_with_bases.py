class Point(object)
    x = 0
