print(sum([], start=''))
