match v:
    1:
        pass
