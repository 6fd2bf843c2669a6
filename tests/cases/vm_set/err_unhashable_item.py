print({[1]})
