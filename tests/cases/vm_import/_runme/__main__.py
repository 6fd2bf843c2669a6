import sys
print('main of pkg', __name__, __package__, __spec__.name, sys.argv[1:])
print(sys.argv[0].endswith('__main__.py'), __file__.endswith('__main__.py'))
