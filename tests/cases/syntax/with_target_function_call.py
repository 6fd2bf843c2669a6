with open(path) as get_file():
    pass
