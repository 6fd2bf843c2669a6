chr('a')
