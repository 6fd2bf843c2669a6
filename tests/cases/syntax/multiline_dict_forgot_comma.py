settings = {
    "debug": True
    "verbose": False,
}
