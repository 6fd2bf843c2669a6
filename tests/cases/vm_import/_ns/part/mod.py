print('ns mod', __name__, __package__)
