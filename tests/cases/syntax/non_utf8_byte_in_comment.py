x = 1
# café comment
