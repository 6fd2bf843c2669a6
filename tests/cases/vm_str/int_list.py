int([] if False else None)
