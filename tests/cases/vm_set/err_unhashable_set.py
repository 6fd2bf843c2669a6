print({{1}})
