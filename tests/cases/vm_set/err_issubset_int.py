print({1}.issubset(1))
