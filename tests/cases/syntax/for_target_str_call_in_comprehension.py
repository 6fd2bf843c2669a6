names = [file for str(file) in files]
