VALUE = 'a-value'
print('load', __name__, __package__)
