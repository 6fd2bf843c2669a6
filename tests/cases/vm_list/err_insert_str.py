[].insert('a', 1)
