print(2.5 * [1])
