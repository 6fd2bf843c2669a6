print((*None,))
