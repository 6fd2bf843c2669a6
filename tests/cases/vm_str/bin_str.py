bin('1')
