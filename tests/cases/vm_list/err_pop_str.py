[1].pop('a')
