if x:
    pass
    # comment at end
        # deeper comment


