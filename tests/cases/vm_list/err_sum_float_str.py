print(sum([1.5, 'a']))
