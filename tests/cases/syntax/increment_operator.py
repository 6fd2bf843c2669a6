count = 0
count++
