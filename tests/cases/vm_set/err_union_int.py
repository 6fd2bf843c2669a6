print({1}.union(1))
