first = matrix[0][1
second = 2
