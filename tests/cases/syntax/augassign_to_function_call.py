total() += 1
